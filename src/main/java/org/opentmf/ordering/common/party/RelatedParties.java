package org.opentmf.ordering.common.party;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The party ids a TMF resource's {@code relatedParty} names, in either API version: {@code relatedParty[].id}
 * (v4 RelatedParty) or {@code relatedParty[].partyOrPartyRole.id} (v5 RelatedPartyRefOrPartyRoleRef).
 */
public final class RelatedParties {

    private RelatedParties() {
    }

    public static List<String> ids(JsonNode resource) {
        List<String> ids = new ArrayList<>();
        for (JsonNode party : resource == null ? List.<JsonNode>of() : resource.path("relatedParty")) {
            String id = id(party);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    public static boolean names(JsonNode resource, String partyId) {
        return ids(resource).contains(partyId);
    }

    private static String id(JsonNode party) {
        JsonNode id = party.path("id");
        if (!id.isTextual()) {
            id = party.path("partyOrPartyRole").path("id");
        }
        return id.isTextual() ? id.asText() : null;
    }
}
