package org.opentmf.ordering.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.opentmf.ordering.events.TmfEvent;

/** Every TmfEvent fired in the test application, so tests can say which events a change produced. */
@ApplicationScoped
public class RecordedEvents {

    private final List<TmfEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes TmfEvent event) {
        events.add(event);
    }

    /** The events about one resource, in the order they were fired. */
    public List<TmfEvent> of(String resourceId) {
        return events.stream().filter(e -> e.resourceId().equals(resourceId)).toList();
    }

    public List<String> typesOf(String resourceId) {
        return of(resourceId).stream().map(TmfEvent::eventType).toList();
    }
}
