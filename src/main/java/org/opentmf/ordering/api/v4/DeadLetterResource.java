package org.opentmf.ordering.api.v4;

import java.util.List;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v4.contract.DeadLetterApi;
import org.opentmf.ordering.api.v4.contract.model.DeadLetter;
import org.opentmf.ordering.api.v4.contract.model.DeadLetterReplay;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.events.dispatch.DeadLetters;

/** Our extension /admin/deadLetter: translates HTTP to {@link DeadLetters} and back. */
public class DeadLetterResource implements DeadLetterApi {

    @Inject
    Access access;

    @Inject
    DeadLetters deadLetters;

    @Inject
    OrderingConfig config;

    @Override
    public RestResponse<List<DeadLetter>> listDeadLetter(String subscriptionId, Integer offset, Integer limit) {
        access.require(Operation.LIST_DEAD_LETTERS);
        Paging paging = Paging.of(offset, limit, config);
        return RestResponse.ok(deadLetters.list(subscriptionId, paging.offset(), paging.limit()).stream()
                .map(DeadLetterResource::toApi).toList());
    }

    @Override
    public RestResponse<DeadLetterReplay> replayDeadLetter(String id) {
        access.require(Operation.REPLAY_DEAD_LETTERS);
        return RestResponse.ok(replayed(deadLetters.replay(id)));
    }

    @Override
    public RestResponse<DeadLetterReplay> replayDeadLetters(String subscriptionId) {
        access.require(Operation.REPLAY_DEAD_LETTERS);
        return RestResponse.ok(replayed(deadLetters.replayAll(subscriptionId)));
    }

    private static DeadLetterReplay replayed(int n) {
        DeadLetterReplay r = new DeadLetterReplay();
        r.setReplayed(n);
        return r;
    }

    private static DeadLetter toApi(org.opentmf.ordering.events.dispatch.DeadLetter d) {
        DeadLetter a = new DeadLetter();
        a.setId(Long.toString(d.id()));
        a.setSubscriptionId(d.subscriptionId().toString());
        a.setCallback(d.callback());
        a.setEventId(d.eventId().toString());
        a.setEventType(d.eventType());
        a.setEventTime(d.eventTime());
        a.setResourceId(d.resourceId());
        a.setAttempts(d.attempts());
        a.setLastAttemptAt(d.lastAttemptAt());
        a.setLastError(d.lastError());
        return a;
    }
}
