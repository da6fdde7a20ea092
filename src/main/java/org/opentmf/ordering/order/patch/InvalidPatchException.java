package org.opentmf.ordering.order.patch;

import org.opentmf.ordering.common.error.TmfException;

/**
 * A patch document that cannot be applied: malformed (RFC 6902 operation missing op/path/from/value,
 * unknown op, not an array, bad JSON Pointer) or not applicable to the target (path not found,
 * bad array index): a 400. The message names the operation index when there is one.
 */
public class InvalidPatchException extends TmfException {

    private static final long serialVersionUID = 1L;

    private final int operationIndex;

    public InvalidPatchException(String message) {
        this(message, -1);
    }

    public InvalidPatchException(String message, int operationIndex) {
        this(400, "Bad Request", "Invalid patch: " + message, operationIndex);
    }

    protected InvalidPatchException(int status, String reason, String message, int operationIndex) {
        super(status, reason, message);
        this.operationIndex = operationIndex;
    }

    /** Zero-based index of the failing RFC 6902 operation, or -1 when no single operation is at fault. */
    public int getOperationIndex() {
        return operationIndex;
    }
}
