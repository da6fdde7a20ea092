package org.opentmf.ordering.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.testing.CapturedLog;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading a contract: what is not a validation keyword is an annotation, not a WARN at every start. */
class ContractSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheContractsWithoutWarningsForTheirDocumentAndAnnotationKeywords() throws Exception {
        try (CapturedLog validator = CapturedLog.of("com.networknt.schema")) {
            ContractSchema v4 = new ContractSchema("META-INF/openapi-static/openapi.yaml",
                    "org.opentmf.ordering.api.v4.contract.model", Map.of("ProductOrderCreate", "ProductOrder_Create"),
                    components -> { });
            ContractSchema v5 = new ContractSchema("META-INF/openapi-v5/openapi-v5.yaml",
                    "org.opentmf.ordering.api.v5.contract.model", Map.of("ProductOrderFVO", "ProductOrder_FVO"),
                    components -> { });
            v4.prepare();
            v5.prepare();
            v4.check("ProductOrder_Create", JSON.readTree("{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}]}"));

            assertEquals(0, validator.lines().stream().filter(l -> l.level().intValue() >= Level.WARNING.intValue())
                    .count(), () -> "validator warnings: " + validator.lines());
            // the rules themselves still apply
            TmfException refused = assertThrows(TmfException.class, () -> v4.check("ProductOrder_Create",
                    JSON.readTree("{\"productOrderItem\":[{\"id\":\"1\"}]}")));
            assertTrue(refused.getMessage().contains("productOrderItem[0].action is required"), refused.getMessage());
        }
    }
}
