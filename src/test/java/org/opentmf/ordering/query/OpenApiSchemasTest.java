package org.opentmf.ordering.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** What can be queried comes from the contract itself (api-spec/openapi.yaml), not from a copy of it. */
class OpenApiSchemasTest {

    static JsonSchema.Field field(String type, String name) {
        return Tmf622Schema.V4.type(type).field(name);
    }

    @Test
    void theV4SchemaIsTheContractsTypes() {
        assertEquals(new JsonSchema.Field("orderDate", ValueType.DATE_TIME, null, false), field("ProductOrder", "orderDate"));
        assertEquals(new JsonSchema.Field("relatedParty", null, "RelatedParty", true), field("ProductOrder", "relatedParty"));
        assertEquals(new JsonSchema.Field("state", ValueType.STRING, null, false), field("ProductOrder", "state"),
                "a string enum is a string");
        assertEquals(new JsonSchema.Field("quantity", ValueType.INTEGER, null, false), field("ProductOrderItem", "quantity"));
        assertEquals(new JsonSchema.Field("value", ValueType.ANY, null, false), field("Characteristic", "value"));
        assertEquals(new JsonSchema.Field("isBundle", ValueType.BOOLEAN, null, false), field("ProductRefOrValue", "isBundle"));
        assertEquals(new JsonSchema.Field("product", null, "ProductRefOrValue", true), field("ProductRefOrValue", "product"),
                "recursive types are followed once");
        assertEquals(new JsonSchema.Field("value", ValueType.NUMBER, null, false), field("Money", "value"));
        assertEquals(null, field("ProductOrder", "acmeExtension"));
    }

    @Test
    void aContractTheEngineCannotFollowStopsTheBuild() throws Exception {
        String yaml = """
                components:
                  schemas:
                    Order:
                      type: object
                      properties:
                        id: {type: string}
                        party: {$ref: '#/components/schemas/Party'}
                    Party:
                      allOf:
                        - {$ref: '#/components/schemas/Base'}
                    Base:
                      type: object
                      properties:
                        id: {type: string}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenApiSchemas.derive(new ObjectMapper(new YAMLFactory()).readTree(yaml), "Order"));
        assertEquals("Order.party: $ref to Party, which is neither an object, a string enum nor Any", e.getMessage());
    }
}
