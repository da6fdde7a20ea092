package org.opentmf.ordering.order;

import java.util.List;
import java.util.Optional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.party.RelatedParties;
import org.opentmf.ordering.common.party.Requester;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Party scoping of orders: an order belongs to every party its {@code relatedParty} names (any role). A
 * party-scoped requester sees only those orders; to it, another party's order does not exist (404, never 403).
 */
public final class OrderParties {

    private OrderParties() {
    }

    /**
     * SQL that is true when the order row aliased {@code alias} names the party bound to the two placeholders
     * (both bound to {@link #containment(String)}'s values, in order); served by the V12 index.
     */
    public static String predicate(String alias, String first, String second) {
        return "(" + alias + ".document -> 'relatedParty' @> cast(" + first + " as jsonb) or " + alias
                + ".document -> 'relatedParty' @> cast(" + second + " as jsonb))";
    }

    /** The values for {@link #predicate}: the party as v4 names it, and as v5 does. */
    public static List<String> containment(String partyId) {
        ObjectNode v4 = JsonNodeFactory.instance.objectNode().put("id", partyId);
        ObjectNode v5 = JsonNodeFactory.instance.objectNode();
        v5.putObject("partyOrPartyRole").put("id", partyId);
        return List.of(JsonNodeFactory.instance.arrayNode().add(v4).toString(),
                JsonNodeFactory.instance.arrayNode().add(v5).toString());
    }

    public static boolean visible(ProductOrder order, Requester requester) {
        Optional<String> party = requester.actingParty();
        return party.isEmpty() || RelatedParties.names(order.document, party.get());
    }

    /** The order if the requester may see it; else the same 404 as for an order that does not exist. */
    public static ProductOrder requireVisible(ProductOrder order, String id, Requester requester) {
        if (!visible(order, requester)) {
            throw TmfException.notFound(ProductOrders.RESOURCE, id);
        }
        return order;
    }

    /**
     * A new order (canonical tree) placed by {@code requester}: it must name the requester's party; when it names
     * no party at all, the party is added as the customer ({@code "role": "customer", "@referredType": "Party"}).
     * Naming only other parties is a 403.
     */
    public static void claim(ObjectNode order, Requester requester) {
        Optional<String> party = requester.actingParty();
        if (party.isEmpty()) {
            return;
        }
        List<String> named = RelatedParties.ids(order);
        if (named.contains(party.get())) {
            return;
        }
        if (!named.isEmpty() || order.path("relatedParty").size() > 0) {
            throw TmfException.forbidden("The order names other parties only: a client acting for party '"
                    + party.get() + "' may place orders that name it in relatedParty");
        }
        // @referredType: required by the v4 RelatedParty; the token says only that it is a party
        order.putArray("relatedParty").addObject().put("id", party.get()).put("role", "customer")
                .put("@referredType", "Party");
    }

    /** After a change: a party-scoped requester may not take its own party out of the order. */
    public static void keepClaim(ObjectNode after, Requester requester) {
        Optional<String> party = requester.actingParty();
        if (party.isPresent() && !RelatedParties.names(after, party.get())) {
            throw TmfException.forbidden("The change would remove party '" + party.get()
                    + "' from relatedParty; a client acting for it may not do that");
        }
    }
}
