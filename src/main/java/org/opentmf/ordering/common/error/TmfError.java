package org.opentmf.ordering.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The TMF630 {@code Error} body, the same in TMF622 v4 and v5 (v5 requires {@code @type}, which is always set).
 * Defined here rather than taken from a generated model so that no feature depends on an API version to fail.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "code", "reason", "message", "status", "@type" })
public record TmfError(String code, String reason, String message, String status,
        @JsonProperty("@type") String atType) {

    private static final ObjectWriter JSON = new ObjectMapper().writerFor(TmfError.class);

    public static TmfError of(int status, String reason, String message) {
        return new TmfError(String.valueOf(status), reason, message, String.valueOf(status), "Error");
    }

    /** The body as JSON text, for the few places that answer outside JAX-RS (Vert.x routes). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record of strings always serialises", e);
        }
    }
}
