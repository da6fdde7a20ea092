package org.opentmf.ordering.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * The unfiltered X-Total-Count comes from a tally kept by triggers, spread over slots so concurrent creations do
 * not wait for each other. It must still equal the real number of orders after concurrent creations and deletions.
 */
@OrderingTest
class UnfilteredTotalTest {

    @Inject
    EntityManager em;

    @Test
    void equalsTheNumberOfOrdersAfterConcurrentCreationsAndDeletions() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> created = IntStream.range(0, 40)
                    .mapToObj(i -> clients.submit(() -> Api.createOrder(Api.standardOrder("1", "PO-tally"))))
                    .toList();
            List<Future<?>> deleted = created.stream().limit(15)
                    .<Future<?>>map(f -> clients.submit(() -> json().delete(BASE + "/productOrder/" + f.get())
                            .then().statusCode(204)))
                    .toList();
            for (Future<?> f : deleted) {
                f.get();
            }
            for (Future<String> f : created) {
                f.get(); // every creation has answered (and committed) before the count is read
            }
        } finally {
            clients.shutdown();
        }
        long actual = ((Number) em.createNativeQuery("select count(*) from product_order").getSingleResult()).longValue();
        json().get(BASE + "/productOrder?limit=1").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(actual));
        assertEquals(64L, ((Number) em.createNativeQuery("select count(*) from product_order_tally")
                .getSingleResult()).longValue(), "one row per slot");
    }
}
