package org.opentmf.ordering.cancellation;

/**
 * A cancellation request was refused before any task was recorded (CDI event, for whoever counts refusals).
 *
 * @param status the HTTP status of the refusal: 404 (no such order) or 409 (final, or already being cancelled)
 */
public record CancellationRefused(int status) {
}
