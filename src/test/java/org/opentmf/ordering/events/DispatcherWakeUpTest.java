package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.events.dispatch.Delivery;
import org.opentmf.ordering.events.dispatch.DeliveryStore;
import org.opentmf.ordering.events.dispatch.DeliveryWorker;
import org.opentmf.ordering.events.hub.CallbackGuard;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Commits wake the dispatcher, and under load they come faster than its passes: the wake-ups within
 * {@code ordering.events.wake-delay} join one pass, instead of a pass (two transactions) for every commit or two.
 * A worker of its own, on the real store, counts its passes.
 */
@OrderingTest
class DispatcherWakeUpTest {

    @Inject
    DeliveryStore store;

    @Inject
    CallbackGuard guard;

    @Inject
    ObjectMapper json;

    @Inject
    OrderingConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    @Test
    void wakeUpsWithinTheDelayJoinOnePass() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        DeliveryStore counting = new DeliveryStore() {
            @Override
            public int fanOut(int batch) {
                passes.incrementAndGet();
                return store.fanOut(batch);
            }

            @Override
            public List<Delivery> claim(String worker, int max, Duration lease) {
                return store.claim(worker, max, lease);
            }

            @Override
            public int release(String worker) {
                return store.release(worker);
            }
        };
        DeliveryWorker worker = new DeliveryWorker("test-wake", counting, guard, json, withWakeDelay(Duration.ofMillis(400)),
                vertx);
        try {
            for (int i = 0; i < 20; i++) { // 20 commits over ~100 ms, each a few ms after the last
                worker.wake();
                Thread.sleep(5);
            }
            Thread.sleep(1_000);
            assertEquals(1, passes.get(), "passes for 20 wake-ups within the delay");

            worker.wake(); // a wake-up after that pass gets a pass of its own
            Thread.sleep(1_000);
            assertEquals(2, passes.get(), "passes after one more wake-up");
        } finally {
            worker.shutdown();
        }
    }

    /** The test profile's event settings with another wake-up delay. */
    private OrderingConfig.Events withWakeDelay(Duration delay) {
        OrderingConfig.Events events = config.events();
        return (OrderingConfig.Events) Proxy.newProxyInstance(OrderingConfig.Events.class.getClassLoader(),
                new Class<?>[] {OrderingConfig.Events.class},
                (proxy, method, args) -> method.getName().equals("wakeDelay") ? delay : method.invoke(events, args));
    }
}
