package org.opentmf.ordering.api.v4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.api.v4.contract.model.InitiatingRequestRequester;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v4.contract.InitiatingRequestApi;
import org.opentmf.ordering.api.v4.contract.model.FeasibilityAssessmentRef;
import org.opentmf.ordering.api.v4.contract.model.InitiatingRequest;
import org.opentmf.ordering.api.v4.contract.model.InitiatingRequestItem;
import org.opentmf.ordering.api.v4.contract.model.ProductOrderRef;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.issuance.FeasibilityAssessment;
import org.opentmf.ordering.issuance.FeasibilityCheck;
import org.opentmf.ordering.issuance.InitiatingRequestRecords;
import org.opentmf.ordering.issuance.ItemAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/** Our extension: GET /productOrder/{id}/initiatingRequest, the record of the request that issued the order. */
public class InitiatingRequestResource implements InitiatingRequestApi {

    @Inject
    Access access;

    @Inject
    InitiatingRequestRecords records;

    @Inject
    Hrefs hrefs;

    @Inject
    ObjectMapper mapper;

    @Override
    public RestResponse<InitiatingRequest> retrieveInitiatingRequest(String id) {
        return RestResponse.ok(toApi(records.forOrder(id, access.require(Operation.READ_INITIATING_REQUEST)), id, hrefs.productOrder(id)));
    }

    private InitiatingRequest toApi(org.opentmf.ordering.issuance.InitiatingRequest record, String orderId,
            String orderHref) {
        var out = new InitiatingRequest();
        out.setId(record.id.toString());
        out.setHref(orderHref + "/initiatingRequest");
        out.setAtType("InitiatingRequest");
        ProductOrderRef order = new ProductOrderRef();
        order.setId(orderId);
        order.setHref(orderHref);
        order.setAtReferredType("ProductOrder");
        out.setProductOrder(order);
        out.setReceivedAt(record.receivedAt);
        out.setIssuedAt(record.issuedAt);
        out.setRequest(parse(record.body));
        out.setBodySha256(record.bodySha256);
        out.setIdempotencyKey(record.idempotencyKey);
        if (record.requestedBySubject != null || record.requestedByClient != null || record.requestedByParty != null) {
            InitiatingRequestRequester who = new InitiatingRequestRequester();
            who.setSubject(record.requestedBySubject);
            who.setClientId(record.requestedByClient);
            who.setPartyId(record.requestedByParty);
            out.setRequestedBy(who);
        }
        out.setItems(record.items.stream().map(InitiatingRequestResource::item).toList());
        return out;
    }

    /**
     * The stored body as a JSON object. Each member is handed over as raw JSON: the REST layer's NON_EMPTY
     * inclusion would otherwise drop the empty strings, arrays and objects the client sent.
     */
    private Map<String, Object> parse(byte[] body) {
        try {
            JsonNode tree = mapper.readTree(body);
            Map<String, Object> out = new LinkedHashMap<>();
            tree.fields().forEachRemaining(field -> out.put(field.getKey(), new RawValue(field.getValue().toString())));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Stored request body is not a JSON object", e);
        }
    }

    private static InitiatingRequestItem item(ItemAssessment assessment) {
        InitiatingRequestItem item = new InitiatingRequestItem();
        item.setItemId(assessment.itemId());
        item.setClassification(InitiatingRequestItem.ClassificationEnum.fromValue(assessment.classification()));
        item.setSpecialHandling(assessment.specialHandling());
        FeasibilityAssessment link = assessment.feasibilityAssessment();
        if (link != null) {
            FeasibilityAssessmentRef ref = new FeasibilityAssessmentRef();
            ref.setProductOfferingQualificationId(link.productOfferingQualificationId());
            ref.setProductOfferingQualificationHref(link.productOfferingQualificationHref());
            ref.setProductOfferingQualificationItemId(link.productOfferingQualificationItemId());
            ref.setSource(FeasibilityAssessmentRef.SourceEnum.fromValue(link.source()));
            FeasibilityCheck check = link.verification();
            if (check != null) {
                ref.setVerified(check.verified());
                ref.setProductOfferingQualificationState(check.productOfferingQualificationState());
                ref.setQualificationResult(check.qualificationResult());
                ref.setExpirationDate(date(check.expirationDate()));
                ref.setCheckedAt(date(check.checkedAt()));
                ref.setReason(check.reason());
            }
            item.setFeasibilityAssessment(ref);
        }
        if (assessment.bespokeReason() != null) {
            item.putExtensionAttribute("bespokeReason", assessment.bespokeReason());
        }
        return item;
    }

    private static OffsetDateTime date(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
