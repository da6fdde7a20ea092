package org.opentmf.ordering.common.json;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;

/**
 * The body of the current request exactly as received. Issuance keeps it byte for byte in the
 * initiating-request record (and hashes it for idempotency); PATCH reads it because a merge patch's
 * {@code null} and a JSON Patch array cannot survive a trip through the generated model classes.
 */
@RequestScoped
public class RequestBody {

    private byte[] bytes;
    private MediaType mediaType;

    void capture(byte[] bytes, MediaType mediaType) {
        this.bytes = bytes;
        this.mediaType = mediaType;
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
