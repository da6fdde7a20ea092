package org.opentmf.ordering.issuance;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sales request as it reached us, whatever the API version: the order it asks for as a TMF tree
 * (extension attributes included), the body byte for byte, when it arrived, and its idempotency key. The tree
 * is handed over: issuance changes it in place (server-owned values, states, special handling) rather than copy it,
 * so the caller builds a fresh one per request and does not use it afterwards.
 */
public record SalesRequest(ObjectNode requestedOrder, byte[] body, OffsetDateTime receivedAt, String idempotencyKey) {
}
