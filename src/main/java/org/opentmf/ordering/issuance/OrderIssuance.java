package org.opentmf.ordering.issuance;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.common.ids.RandomIds;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.DraftIssuer;
import org.opentmf.ordering.order.OrderRows;
import org.opentmf.ordering.order.OrderParties;
import org.opentmf.ordering.order.ProductOrder;
import org.opentmf.ordering.order.ProductOrderDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * eTOM 1.3.3.5.2 "Issue Customer Order": the one way a product order comes into existence. In one
 * transaction it records the initiating request, separates bespoke items from off-the-shelf ones, links
 * feasibility assessments, marks bespoke items without one for special handling, and persists the order
 * in state {@code acknowledged}. Every API version's create goes through {@link #issue(SalesRequest, Requester)}. The
 * feasibility assessments the order refers to are verified before that transaction (FeasibilityVerification).
 * <p>
 * A v5 order created with {@code requestedInitialState=draft} is stored and recorded but not issued: no
 * classification, no special handling, items without a state. It is issued when a client acknowledges it
 * ({@link #issue(ProductOrder, ObjectNode)}, called by the order's PATCH).
 */
@ApplicationScoped
public class OrderIssuance implements DraftIssuer {

    public static final String DRAFT = "draft";

    /** Values only the server sets; whatever a client sends for them is ignored. */
    private static final List<String> SERVER_OWNED = List.of("id", "href", "orderDate", "state", "completionDate",
            "cancellationDate", "expectedCompletionDate");

    public static final String INITIAL_STATE = "acknowledged";

    /** Longest Idempotency-Key accepted (as the v4 contract says; the key is stored in a unique index). */
    public static final int MAX_IDEMPOTENCY_KEY = 255;

    @Inject
    ItemClassification classification;

    @Inject
    ProductOrderDocument mapper;

    @Inject
    OrderingConfig config;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    Event<TmfEvent> events;

    @Inject
    Hrefs hrefs;

    @Inject
    Event<IssuanceOutcome> outcomes;

    @Inject
    FeasibilityVerification verification;

    /**
     * Issues the order {@code requester} asked for: refuses a request outside the limits, verifies the feasibility
     * assessments (no transaction, no connection held), then issues the order. A party-scoped requester's order must
     * name its party (or names none, and gets it as the customer); the record keeps who asked. The span covers the
     * verification and the issuing transaction.
     */
    @WithSpan("issue customer order")
    public IssuedOrder issue(SalesRequest request, Requester requester) {
        refuseOutsideLimits(request);
        FeasibilityFindings findings = isDraft(request.requestedOrder()) ? FeasibilityFindings.TRUSTED
                : verification.check(request.requestedOrder());
        return QuarkusTransaction.joiningExisting().call(() -> issue(request, findings, requester));
    }

    /** Issues the order in the caller's transaction, with the feasibility findings gathered before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedOrder issue(SalesRequest request, FeasibilityFindings findings, Requester requester) {
        String sha256 = sha256(request.body());
        if (request.idempotencyKey() != null) {
            Optional<IssuedOrder> replay = replay(request.idempotencyKey(), sha256, requester);
            if (replay.isPresent()) {
                outcomes.fire(new IssuanceOutcome(IssuanceOutcome.Kind.IDEMPOTENT_REPLAY, List.of()));
                return replay.get();
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        ObjectNode tree = request.requestedOrder(); // issuance's own tree (SalesRequest): changed in place
        SERVER_OWNED.forEach(tree::remove);
        OrderParties.claim(tree, requester);
        boolean draft = isDraft(tree);

        List<ItemAssessment> assessments = new ArrayList<>();
        List<ItemAssessment> flagged = List.of();
        if (draft) {
            tree.put("state", DRAFT);
            withoutItemStates(tree.path("productOrderItem"));
        } else {
            tree.put("state", INITIAL_STATE);
            flagged = assessAndFlag(tree, findings, assessments, now);
        }

        ProductOrder order = new ProductOrder();
        order.id = RandomIds.next();
        order.orderDate = now;
        order.lastUpdate = now;
        order.specialHandling = !flagged.isEmpty();
        mapper.writeTree(tree, order);

        InitiatingRequest record = new InitiatingRequest();
        record.id = RandomIds.next();
        record.orderId = order.id;
        record.receivedAt = request.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        record.body = request.body();
        record.bodySha256 = sha256;
        record.idempotencyKey = request.idempotencyKey();
        record.items = List.copyOf(assessments);
        record.issuedAt = draft ? null : now;
        record.requestedBySubject = requester.subject();
        record.requestedByClient = requester.clientId();
        record.requestedByParty = requester.partyId();
        // Plain JDBC on the connection enlisted in this transaction (the outbox row below uses it too): the order,
        // its items as one batch, the record; Hibernate's persist and flush were most of a create's CPU.
        try (Connection c = dataSource.getConnection()) {
            OrderRows.insert(c, order);
            record.insert(c);
        } catch (SQLException e) {
            throw new IssuanceFailed(e);
        }

        ObjectNode representation = mapper.toTree(order, hrefs.productOrder(order.id.toString()));
        events.fire(TmfEvent.productOrder(TmfEvent.PRODUCT_ORDER_CREATE, order.id.toString(), representation));
        outcomes.fire(draft ? new IssuanceOutcome(IssuanceOutcome.Kind.DRAFT_SUBMITTED, List.of())
                : new IssuanceOutcome(IssuanceOutcome.Kind.ISSUED, record.items));
        return new IssuedOrder(order, representation, false);
    }

    /**
     * Issues a draft being acknowledged, on the order as it is now. Its feasibility assessments are verified here,
     * inside the PATCH's transaction (bounded by ordering.feasibility's timeout): a draft is acknowledged once, by
     * a person, unlike the creates whose throughput the verification outside the transaction protects.
     */
    @Override
    public void issue(ProductOrder order, ObjectNode tree) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        FeasibilityFindings findings = verification.check(tree);
        List<ItemAssessment> assessments = new ArrayList<>();
        List<ItemAssessment> flagged = assessAndFlag(tree, findings, assessments, now);
        order.specialHandling = !flagged.isEmpty();
        InitiatingRequest record = InitiatingRequest.findByOrder(order.id)
                .orElseThrow(() -> new IllegalStateException("order " + order.id + " has no initiating request"));
        record.items = List.copyOf(assessments);
        record.issuedAt = now;
        outcomes.fire(new IssuanceOutcome(IssuanceOutcome.Kind.ISSUED, List.copyOf(assessments)));
    }

    /** Classifies the items, links and enforces feasibility, and notes special handling; the flagged items. */
    private List<ItemAssessment> assessAndFlag(ObjectNode tree, FeasibilityFindings findings,
            List<ItemAssessment> assessments, OffsetDateTime now) {
        assess(tree.path("productOrderItem"), tree, findings, assessments);
        verification.enforce(assessments);
        List<ItemAssessment> flagged = assessments.stream().filter(ItemAssessment::specialHandling).toList();
        if (!flagged.isEmpty()) {
            SpecialHandling.addNote(tree, flagged, config.issuance().issuingSystem(), now);
        }
        return flagged;
    }

    /** {@code requestedInitialState} (v5): {@code acknowledged}, the default, or {@code draft}; anything else is a 400. */
    private static boolean isDraft(JsonNode order) {
        JsonNode requested = order.path("requestedInitialState");
        if (requested.isMissingNode() || requested.isNull()) {
            return false;
        }
        if (!requested.isTextual() || !(requested.asText().equals(DRAFT) || requested.asText().equals(INITIAL_STATE))) {
            throw TmfException.badRequest("requestedInitialState must be acknowledged or draft");
        }
        return requested.asText().equals(DRAFT);
    }

    /** The items of a draft have no state until it is issued, whatever the client sent. */
    public static void withoutItemStates(JsonNode items) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode node) {
                node.remove("state");
                withoutItemStates(node.path("productOrderItem"));
            }
        }
    }

    /**
     * An order's size is bounded ({@code ordering.issuance.max-items}) so that creating and listing one stays
     * fast; the key is stored in a unique index, whose entries must fit in a page.
     */
    private void refuseOutsideLimits(SalesRequest request) {
        int max = config.issuance().maxItems();
        int items = countItems(request.requestedOrder().path("productOrderItem"), "productOrderItem", max);
        if (items > max) {
            throw TmfException.badRequest("An order has at most " + max + " productOrderItem (nested ones included;"
                    + " ordering.issuance.max-items)");
        }
        String key = request.idempotencyKey();
        if (key != null && (key.length() > MAX_IDEMPOTENCY_KEY || key.indexOf(0) >= 0)) {
            throw TmfException.badRequest("Idempotency-Key must be at most " + MAX_IDEMPOTENCY_KEY
                    + " characters, without U+0000");
        }
    }

    /**
     * Items at every depth, counted up to just past {@code max}. Each must be an object: the model's validation lets
     * a null element through ({@code "productOrderItem":[null]}), and an item row needs an id, an action and a state.
     */
    private static int countItems(JsonNode items, String path, int max) {
        int n = 0;
        for (int i = 0; i < items.size() && n <= max; i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw TmfException.badRequest(path + "[" + i + "] must be an object");
            }
            n += 1 + countItems(item.path("productOrderItem"), path + "[" + i + "].productOrderItem", max);
        }
        return n;
    }

    /** Classifies every item (nested ones too), sets its initial state and applies special handling. */
    private void assess(JsonNode items, ObjectNode order, FeasibilityFindings findings, List<ItemAssessment> out) {
        for (JsonNode node : items) {
            if (!(node instanceof ObjectNode item)) {
                continue;
            }
            item.put("state", INITIAL_STATE);
            String itemId = item.path("id").asText();
            Optional<String> bespoke = classification.bespokeReason(item);
            if (bespoke.isEmpty()) {
                out.add(new ItemAssessment(itemId, ItemAssessment.OFF_THE_SHELF, null, null, false));
            } else {
                FeasibilityAssessment feasibility = FeasibilityLinks.find(item, order);
                if (feasibility != null) {
                    feasibility = findings.apply(feasibility);
                }
                boolean special = feasibility == null || !feasibility.counts();
                if (special) {
                    SpecialHandling.markItem(item);
                }
                out.add(new ItemAssessment(itemId, ItemAssessment.BESPOKE, bespoke.get(), feasibility, special));
            }
            assess(item.path("productOrderItem"), order, findings, out);
        }
    }

    /**
     * Same key and same body: the order issued before, as it is now. Same key, other body: 409. The
     * transaction-scoped advisory lock makes concurrent requests with one key wait for each other, so exactly
     * one of them issues the order.
     */
    private Optional<IssuedOrder> replay(String key, String sha256, Requester requester) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 622))")
                .setParameter(1, key)
                .getSingleResult();
        return InitiatingRequest.findByIdempotencyKey(key).map(previous -> {
            if (!previous.bodySha256.equals(sha256)) {
                outcomes.fire(new IssuanceOutcome(IssuanceOutcome.Kind.IDEMPOTENCY_CONFLICT, List.of()));
                throw TmfException.conflict("Idempotency-Key '" + key
                        + "' was already used with a different request body");
            }
            ProductOrder order = ProductOrder.<ProductOrder>findByIdOptional(previous.orderId)
                    .orElseThrow(() -> TmfException.conflict("Idempotency-Key '" + key + "' names a deleted order"));
            if (!OrderParties.visible(order, requester)) {
                // another party's order: say no more than for another body
                throw TmfException.conflict("Idempotency-Key '" + key + "' was already used with a different request body");
            }
            return new IssuedOrder(order, mapper.toTree(order, hrefs.productOrder(order.id.toString())), true);
        });
    }

    /** A database failure while writing an order's rows (the cause tells an outage from a bug: TmfErrorMapper). */
    static final class IssuanceFailed extends RuntimeException {
        IssuanceFailed(SQLException cause) {
            super("Could not write the order's rows", cause);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

}
