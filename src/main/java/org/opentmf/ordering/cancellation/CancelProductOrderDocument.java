package org.opentmf.ordering.cancellation;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.cancellation.CancelProductOrder;
import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.common.web.Hrefs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Moves a cancelProductOrder task between its TMF JSON shape and the entity. */
@ApplicationScoped
public class CancelProductOrderDocument {

    /** Attributes with a column (or computed); never kept in the document. */
    private static final java.util.Set<String> COLUMNS = java.util.Set.of("id", "href", "state", "creationDate",
            "requestedCancellationDate", "effectiveCancellationDate", "cancellationReason");

    @Inject
    ObjectMapper mapper;

    @Inject
    Hrefs hrefs;

    /** The client's request minus what the server owns or keeps in columns. */
    public ObjectNode document(ObjectNode request) {
        ObjectNode document = request.deepCopy();
        document.remove(COLUMNS);
        if (document.get("productOrder") instanceof ObjectNode ref) {
            ref.remove("href"); // computed on the way out, from the id
        }
        return document;
    }

    public ObjectNode toTree(CancelProductOrder task) {
        ObjectNode out = mapper.createObjectNode();
        String id = task.id.toString();
        out.put("id", id);
        out.put("href", hrefs.cancelProductOrder(id));
        out.put("@type", "CancelProductOrder");
        out.setAll(task.document.deepCopy());
        out.put("state", task.state);
        putDate(out, "creationDate", task.creationDate);
        putDate(out, "requestedCancellationDate", task.requestedCancellationDate);
        putDate(out, "effectiveCancellationDate", task.effectiveCancellationDate);
        if (task.cancellationReason != null) {
            out.put("cancellationReason", task.cancellationReason);
        }
        ObjectNode ref = out.get("productOrder") instanceof ObjectNode stored ? stored : out.putObject("productOrder");
        String orderId = task.productOrderId.toString();
        ref.put("id", orderId);
        ref.put("href", hrefs.productOrder(orderId));
        if (!ref.has("@referredType")) {
            ref.put("@referredType", "ProductOrder");
        }
        return out;
    }

    private static void putDate(ObjectNode out, String name, OffsetDateTime value) {
        if (value != null) {
            out.put(name, TmfObjectMapperCustomizer.format(value));
        }
    }
}
