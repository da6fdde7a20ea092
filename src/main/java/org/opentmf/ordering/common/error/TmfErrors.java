package org.opentmf.ordering.common.error;

import org.opentmf.ordering.api.v4.model.Error;

/** Builds the TMF630 {@code Error} body. */
public final class TmfErrors {

    private TmfErrors() {
    }

    public static Error of(int status, String reason, String message) {
        Error error = new Error();
        error.setAtType("Error");
        error.setCode(String.valueOf(status));
        error.setStatus(String.valueOf(status));
        error.setReason(reason);
        error.setMessage(message);
        return error;
    }

    /** The same body as JSON text, for the few places that answer outside JAX-RS (Vert.x routes). */
    public static String json(int status, String reason, String message) {
        return "{\"@type\":\"Error\",\"code\":\"" + status + "\",\"reason\":\"" + escape(reason)
                + "\",\"message\":\"" + escape(message) + "\",\"status\":\"" + status + "\"}";
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
