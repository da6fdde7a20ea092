package org.opentmf.ordering.common.json;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of the current request exactly as received. Issuance keeps it byte for byte in the
 * initiating-request record (and hashes it for idempotency); PATCH reads it because a merge patch's
 * {@code null} and a JSON Patch array cannot survive a trip through the generated model classes.
 */
@RequestScoped
public class RequestBody {

    private byte[] bytes;
    private MediaType mediaType;
    private JsonNode tree;

    void capture(byte[] bytes, MediaType mediaType) {
        this.bytes = bytes;
        this.mediaType = mediaType;
    }

    /** The body as the reader parsed it (after JsonHygiene): a resource that needs the sent JSON need not parse again. */
    void parsed(JsonNode tree) {
        this.tree = tree;
    }

    /** The parsed body (null when none was read); the caller must not change it: copy it first. */
    public JsonNode tree() {
        return tree;
    }

    public byte[] bytes() {
        return bytes == null ? new byte[0] : bytes;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public boolean isPresent() {
        return bytes != null;
    }
}
