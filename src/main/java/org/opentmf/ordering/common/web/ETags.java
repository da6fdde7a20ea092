package org.opentmf.ordering.common.web;

import org.opentmf.ordering.common.error.TmfException;

/** Strong entity tags from the row version: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header insists on; null when there is no header or it is {@code *}. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // A tag we never issued cannot match the current one.
            throw TmfException.preconditionFailed("If-Match " + ifMatch + " does not match the current version");
        }
    }
}
