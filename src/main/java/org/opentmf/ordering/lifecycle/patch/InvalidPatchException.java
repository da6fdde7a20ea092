package org.opentmf.ordering.lifecycle.patch;

/**
 * A patch document that cannot be applied: malformed (RFC 6902 operation missing op/path/from/value,
 * unknown op, not an array, bad JSON Pointer) or not applicable to the target (path not found,
 * bad array index). The message names the operation index when there is one.
 */
public class InvalidPatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int operationIndex;

    public InvalidPatchException(String message) {
        this(message, -1);
    }

    public InvalidPatchException(String message, int operationIndex) {
        super(message);
        this.operationIndex = operationIndex;
    }

    /** Zero-based index of the failing RFC 6902 operation, or -1 when no single operation is at fault. */
    public int getOperationIndex() {
        return operationIndex;
    }
}
