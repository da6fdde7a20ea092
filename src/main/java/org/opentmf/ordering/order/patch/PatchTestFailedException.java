package org.opentmf.ordering.order.patch;

/**
 * An RFC 6902 {@code test} operation found a different value, or no value, at its path: the order is not in the
 * state the client assumed (a 409).
 */
public class PatchTestFailedException extends InvalidPatchException {

    private static final long serialVersionUID = 1L;

    public PatchTestFailedException(String message, int operationIndex) {
        super(409, "Conflict", message, operationIndex);
    }
}
