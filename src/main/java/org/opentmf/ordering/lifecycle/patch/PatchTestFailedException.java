package org.opentmf.ordering.lifecycle.patch;

/** An RFC 6902 {@code test} operation found a different value, or no value, at its path. */
public class PatchTestFailedException extends InvalidPatchException {

    private static final long serialVersionUID = 1L;

    public PatchTestFailedException(String message, int operationIndex) {
        super(message, operationIndex);
    }
}
