package org.opentmf.ordering.query;

import org.opentmf.ordering.common.error.TmfException;

/**
 * A list/filter query that cannot be translated: unknown attribute, unknown operator, unsupported operator for
 * the attribute's type, malformed value or unknown sort key. A 400; the message is safe to return to
 * the client (user input in it is truncated).
 */
public class InvalidQueryException extends TmfException {
    private static final int MAX_ECHO = 80;

    public InvalidQueryException(String message) {
        super(400, "Bad Request", message);
    }

    /** User-supplied text as echoed in error messages: truncated, control characters replaced. */
    static String echo(String s) {
        if (s == null) {
            return "";
        }
        String t = s.length() > MAX_ECHO ? s.substring(0, MAX_ECHO) + "..." : s;
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return b.toString();
    }
}
