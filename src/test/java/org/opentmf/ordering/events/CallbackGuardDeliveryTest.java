package org.opentmf.ordering.events;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * The callback guard at delivery time (README, "Callback allow-list"): every delivery is checked again, it
 * connects to the address that check accepted (DNS rebinding), redirects are not followed, and a name that
 * does not resolve is refused at registration.
 */
@OrderingTest
class CallbackGuardDeliveryTest {

    private static final String NAME = "subscriber.rebind.test";

    @Inject
    Event<TmfEvent> bus;

    CallbackListener listener;

    @BeforeEach
    void start() {
        listener = CallbackListener.start();
    }

    @AfterEach
    void stop() {
        Hub.unregisterAll();
        ScriptedResolver.forget(NAME);
        listener.close();
    }

    /**
     * The name is known only to the guard's resolver: the notification arrives, so the connection went to the
     * address the guard checked and not to a second lookup of the name; the Host header still names the callback.
     */
    @Test
    void deliversToTheAddressTheGuardChecked() {
        ScriptedResolver.answer(NAME, "127.0.0.1");
        Hub.subscribe("http://" + NAME + ":" + listener.port() + "/listener", null);
        String id = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));

        await("the notification", () -> listener.about(id).size() == 1);
        assertEquals(List.of(NAME + ":" + listener.port()), listener.hosts());
    }

    /** Registered while it resolved to loopback; by delivery time it points at the metadata service. */
    @Test
    void refusesADeliveryWhoseHostNowResolvesToAForbiddenAddress() {
        ScriptedResolver.answer(NAME, "127.0.0.1");
        String subscription = Hub.subscribe("http://" + NAME + ":" + listener.port() + "/listener", null);
        ScriptedResolver.answer(NAME, "169.254.169.254");
        String id = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));

        await("a dead letter", () -> deadLetters(subscription).size() == 1);
        deadLetter(subscription).body("[0].lastError",
                equalTo("refused: callback host '" + NAME + "' is a link-local or cloud metadata address"));
        assertEquals(0, listener.requestCount(), "nothing was sent anywhere");
    }

    @Test
    void doesNotFollowRedirects() {
        try (CallbackListener elsewhere = CallbackListener.start()) {
            listener.redirectTo(elsewhere.url());
            String subscription = Hub.subscribe(listener.url(), null);
            String id = UUID.randomUUID().toString();
            Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));

            await("a dead letter", () -> deadLetters(subscription).size() == 1);
            deadLetter(subscription).body("[0].lastError", equalTo("HTTP 307")).body("[0].attempts", equalTo(4));
            assertEquals(4, listener.requestCount(), "each attempt reached the subscriber");
            assertEquals(0, elsewhere.requestCount(), "and none followed the redirect");
        }
    }

    @Test
    void refusesACallbackWhoseHostDoesNotResolve() {
        Hub.register("http://nowhere.invalid/listener", null).statusCode(400)
                .body("message", equalTo("callback host 'nowhere.invalid' cannot be resolved"));
        Hub.register("http://" + NAME + "/listener", null).statusCode(400)
                .body("message", equalTo("callback host '" + NAME + "' cannot be resolved"));
    }

    static List<Object> deadLetters(String subscription) {
        return json().queryParam("subscriptionId", subscription).get(Api.BASE + "/admin/deadLetter").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    static io.restassured.response.ValidatableResponse deadLetter(String subscription) {
        return json().queryParam("subscriptionId", subscription).get(Api.BASE + "/admin/deadLetter").then()
                .statusCode(200);
    }
}
