package org.opentmf.ordering.events.dispatch;

/** How one delivery attempt ended, in words bounded enough for a metric label. */
public enum DeliveryOutcome {
    /** The subscriber answered 2xx: delivered. */
    SUCCESS("2xx"),
    /** A redirect, never followed. */
    REDIRECT("3xx"),
    CLIENT_ERROR("4xx"),
    SERVER_ERROR("5xx"),
    /** Any other status. */
    OTHER_STATUS("other_status"),
    /** No (whole) answer within the request timeout, or no connection within the connect timeout. */
    TIMEOUT("timeout"),
    /** The connection was refused or broken. */
    CONNECTION_ERROR("connection_error"),
    /** The callback guard refused the callback (allow-list, forbidden or unresolvable address). */
    REFUSED("refused"),
    /** Anything else that went wrong before an answer. */
    ERROR("error");

    private final String label;

    DeliveryOutcome(String label) {
        this.label = label;
    }

    /** The metric label value, e.g. {@code 5xx}. */
    public String label() {
        return label;
    }

    public static DeliveryOutcome ofStatus(int status) {
        return switch (status / 100) {
            case 2 -> SUCCESS;
            case 3 -> REDIRECT;
            case 4 -> CLIENT_ERROR;
            case 5 -> SERVER_ERROR;
            default -> OTHER_STATUS;
        };
    }
}
