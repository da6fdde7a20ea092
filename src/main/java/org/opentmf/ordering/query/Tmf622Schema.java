package org.opentmf.ordering.query;

/**
 * TMF622 ProductOrder / CancelProductOrder and every type reachable from them, derived from our contracts
 * ({@code api-spec/openapi.yaml} and {@code api-spec/openapi-v5.yaml}, on the classpath where pom.xml puts them):
 * attribute names and types only. Extension attributes are deliberately absent: they are not queryable.
 * Orders are stored in the v4 shape, so {@link #V4} types the stored documents; {@link #V5} is what a v5 query
 * may name before {@link V5QueryNames} maps it onto the stored paths.
 */
public final class Tmf622Schema {

    /** Where the build puts {@code api-spec/openapi.yaml} (pom.xml, resources). */
    public static final String V4_CONTRACT = "META-INF/openapi-static/openapi.yaml";

    /** Where the build puts {@code api-spec/openapi-v5.yaml}. */
    public static final String V5_CONTRACT = "META-INF/openapi-v5/openapi-v5.yaml";

    public static final JsonSchema V4 = OpenApiSchemas.fromClasspath(V4_CONTRACT,
            "ProductOrder", "ProductOrderItem", "CancelProductOrder");

    public static final JsonSchema V5 = OpenApiSchemas.fromClasspath(V5_CONTRACT,
            "ProductOrder", "ProductOrderItem", "CancelProductOrder");

    private Tmf622Schema() {
    }
}
