package org.opentmf.ordering.issuance.qualification;

/** The TMF679 server gave no usable answer (an error status or an unreadable body). */
public class QualificationUnavailable extends RuntimeException {

    public QualificationUnavailable(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
