package org.opentmf.ordering.query;

/**
 * TMF622 v4 ProductOrder / CancelProductOrder and every type reachable from them, derived from our contract
 * ({@code api-spec/openapi.yaml}, on the classpath as {@code META-INF/openapi-static/openapi.yaml}): attribute
 * names and types only. Extension attributes are deliberately absent: they are not queryable.
 */
public final class Tmf622Schema {

    /** Where the build puts {@code api-spec/openapi.yaml} (pom.xml, resources). */
    public static final String V4_CONTRACT = "META-INF/openapi-static/openapi.yaml";

    public static final JsonSchema V4 = OpenApiSchemas.fromClasspath(V4_CONTRACT,
            "ProductOrder", "ProductOrderItem", "CancelProductOrder");

    private Tmf622Schema() {
    }
}
