package org.opentmf.ordering.cancellation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.order.Orders;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.OrderingTest;

/** Second half of the restart test (see {@link ScheduledCancellationBeforeRestartTest}). */
@OrderingTest
@Order(2)
class ScheduledCancellationAfterRestartTest {

    @Test
    void carriesOutTheCancellationAfterTheRestart() {
        String order = System.getProperty(ScheduledCancellationBeforeRestartTest.ORDER);
        String task = System.getProperty(ScheduledCancellationBeforeRestartTest.TASK);
        // the class orderer runs the first half before this one; alone, this half has nothing to check and fails
        assertNotNull(order, "runs after ScheduledCancellationBeforeRestartTest in the same test run");
        Eventually.until(() -> Cancellations.state(task), "done"::equals, "the cancellation accepted before the restart");
        Cancellations.get(task).body("effectiveCancellationDate", notNullValue());
        Orders.get(order).body("state", equalTo("cancelled"))
                .body("cancellationReason", equalTo("later"))
                .body("productOrderItem.state", everyItem(equalTo("cancelled")));
    }
}
