package org.opentmf.ordering.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The response check every test relies on finds what is wrong, and only that. */
class ContractSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> v5(String body) throws Exception {
        return ContractSchemas.problems("v5", "ProductOrder", JSON.readTree(body));
    }

    private static final String VALID = """
            {"@type":"ProductOrder","id":"1","state":"acknowledged",
             "note":[{"@type":"Note","text":"x"}],
             "relatedParty":[{"@type":"RelatedPartyRefOrPartyRoleRef","role":"customer",
                              "partyOrPartyRole":{"@type":"PartyRoleRef","id":"P-1"}}],
             "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
               "product":{"@type":"Product","productCharacteristic":[{"@type":"BooleanCharacteristic","name":"b","value":true}]}}]}""";

    @Test
    void aValidV5OrderHasNoProblems() throws Exception {
        assertEquals(List.of(), v5(VALID));
    }

    @Test
    void findsAMissingTypeAnUnknownUnionBranchAndAWrongTypedValue() throws Exception {
        assertFalse(v5(VALID.replace("{\"@type\":\"Note\",", "{")).isEmpty(), "a Note needs @type");
        assertFalse(v5(VALID.replace("\"PartyRoleRef\"", "\"Party\"")).isEmpty(), "not a branch of the union");
        assertFalse(v5(VALID.replace("\"value\":true", "\"value\":\"yes\"")).isEmpty(),
                "a BooleanCharacteristic's value is a boolean");
        assertFalse(v5(VALID.replace("\"action\":\"add\"", "\"action\":\"grow\"")).isEmpty(), "action is an enum");
    }

    @Test
    void checksV4BodiesAgainstTheV4Contract() throws Exception {
        JsonNode noAction = JSON.readTree("{\"productOrderItem\":[{\"id\":\"1\"}]}");
        assertFalse(ContractSchemas.problems("v4", "ProductOrder", noAction).isEmpty(), "a v4 item needs action");
        JsonNode badState = JSON.readTree("{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}],\"state\":\"x\"}");
        assertFalse(ContractSchemas.problems("v4", "ProductOrder", badState).isEmpty(), "state is an enum");
    }

    @Test
    void acceptsWhatAV4ClientMayLeaveOut() throws Exception {
        // the server takes these from v4 clients and answers with what they sent
        JsonNode echoed = JSON.readTree("{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\",\"product\":"
                + "{\"productCharacteristic\":[{\"name\":\"colour\"}]}}],\"relatedParty\":[{\"id\":\"C-1\"}]}");
        assertTrue(ContractSchemas.problems("v4", "ProductOrder", echoed).isEmpty(),
                () -> ContractSchemas.problems("v4", "ProductOrder", echoed).toString());
    }
}
