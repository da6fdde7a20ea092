package org.opentmf.ordering.order;

import static org.opentmf.ordering.testing.Api.createOrder;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * First half of the restart test: creates an order. {@link OrderAfterRestartTest} runs under another test
 * profile, which makes Quarkus stop this application and start a new one on the same database (the class orderer in
 * META-INF/microprofile-config.properties runs the {@code @Order}ed halves in sequence).
 */
@OrderingTest
@Order(3)
class OrderBeforeRestartTest {

    @Test
    void createsAnOrderBeforeTheRestart() {
        RestartProbe.orderId(createOrder("""
                {"externalId":"%s","productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}}]}"""
                .formatted(RestartProbe.EXTERNAL_ID)));
    }
}
