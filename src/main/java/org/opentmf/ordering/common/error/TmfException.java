package org.opentmf.ordering.common.error;

/**
 * A failure the client should hear about as a TMF {@code Error}: it carries its HTTP status and a reason.
 * Services throw the specific subclasses; {@link TmfErrorMapper} turns them into the response body.
 */
public class TmfException extends RuntimeException {

    private final int status;
    private final String reason;

    public TmfException(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
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
