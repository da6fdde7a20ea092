package org.opentmf.ordering.common.error;

import java.util.Map;

/**
 * A failure the client should hear about as a TMF {@code Error}: it carries its HTTP status and a reason.
 * Services throw the specific subclasses; {@link TmfErrorMapper} turns them into the response body.
 */
public class TmfException extends RuntimeException {

    private final int status;
    private final String reason;
    private final Map<String, String> headers;

    public TmfException(int status, String reason, String message) {
        this(status, reason, message, Map.of());
    }

    public TmfException(int status, String reason, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.headers = Map.copyOf(headers);
    }

    /** Response headers the status calls for (e.g. {@code WWW-Authenticate} with a 401). */
    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** 400: the request is malformed or breaks a rule of the model. */
    public static TmfException badRequest(String message) {
        return new TmfException(400, "Bad Request", message);
    }

    /** 401: no valid credentials; {@code challenge} is the WWW-Authenticate value. */
    public static TmfException unauthorized(String message, String challenge) {
        return new TmfException(401, "Unauthorized", message, Map.of("WWW-Authenticate", challenge));
    }

    /** 403: the caller is known but may not do this. */
    public static TmfException forbidden(String message) {
        return new TmfException(403, "Forbidden", message);
    }

    /** 404: no such resource. */
    public static TmfException notFound(String resource, String id) {
        return new TmfException(404, "Not Found", resource + " with id '" + id + "' does not exist");
    }

    /** 409: the request conflicts with the current state of the resource. */
    public static TmfException conflict(String message) {
        return new TmfException(409, "Conflict", message);
    }

    /** 412: the If-Match precondition failed. */
    public static TmfException preconditionFailed(String message) {
        return new TmfException(412, "Precondition Failed", message);
    }

    /** 413: the body is larger than the configured limit. */
    public static TmfException payloadTooLarge(long limit) {
        return new TmfException(413, "Payload Too Large", "Request body exceeds the limit of " + limit + " bytes");
    }

    /** 415: the media type is not one this operation accepts. */
    public static TmfException unsupportedMediaType(String message) {
        return new TmfException(415, "Unsupported Media Type", message);
    }
}
