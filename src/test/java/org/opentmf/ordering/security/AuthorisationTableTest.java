package org.opentmf.ordering.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.SecuredServer;
import org.opentmf.ordering.testing.Tokens;

import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The authorisation table (README, "Security"), cell by cell: every endpoint with a token carrying no role, each
 * of the three roles, and no token. The expected least role of each endpoint is written here again on purpose: the
 * test holds the server to the README's table, not to itself.
 */
@OrderingTest
@TestProfile(SecuredServer.class)
class AuthorisationTableTest {

    /** The README's table: endpoint, least role that may call it, what it answers when allowed. */
    enum Endpoint {
        LIST_ORDERS("read", 200, Operation.LIST_PRODUCT_ORDERS, t -> as(t).get(BASE + "/productOrder")),
        READ_ORDER("read", 200, Operation.READ_PRODUCT_ORDER, t -> as(t).get(BASE + "/productOrder/" + order())),
        CREATE_ORDER("write", 201, Operation.CREATE_PRODUCT_ORDER,
                t -> as(t).body(standardOrder("1", "PO-TABLE")).post(BASE + "/productOrder")),
        PATCH_ORDER("write", 200, Operation.PATCH_PRODUCT_ORDER, t -> as(t).contentType("application/merge-patch+json")
                .body("{\"description\":\"patched\"}").patch(BASE + "/productOrder/" + order())),
        DELETE_ORDER("write", 204, Operation.DELETE_PRODUCT_ORDER,
                t -> as(t).delete(BASE + "/productOrder/" + freshOrder())),
        READ_INITIATING_REQUEST("read", 200, Operation.READ_INITIATING_REQUEST,
                t -> as(t).get(BASE + "/productOrder/" + order() + "/initiatingRequest")),
        LIST_CANCELLATIONS("read", 200, Operation.LIST_CANCEL_PRODUCT_ORDERS,
                t -> as(t).get(BASE + "/cancelProductOrder")),
        READ_CANCELLATION("read", 200, Operation.READ_CANCEL_PRODUCT_ORDER,
                t -> as(t).get(BASE + "/cancelProductOrder/" + cancellation())),
        CREATE_CANCELLATION("write", 201, Operation.CREATE_CANCEL_PRODUCT_ORDER, t -> as(t)
                .body("{\"productOrder\":{\"id\":\"" + freshOrder() + "\"}}").post(BASE + "/cancelProductOrder")),
        LIST_SUBSCRIPTIONS("read", 200, Operation.LIST_HUB_SUBSCRIPTIONS, t -> as(t).get(BASE + "/hub")),
        READ_SUBSCRIPTION("read", 200, Operation.READ_HUB_SUBSCRIPTION,
                t -> as(t).get(BASE + "/hub/" + subscription())),
        REGISTER_SUBSCRIPTION("write", 201, Operation.REGISTER_HUB_SUBSCRIPTION,
                t -> as(t).body(QUIET_SUBSCRIPTION).post(BASE + "/hub")),
        UNREGISTER_SUBSCRIPTION("write", 204, Operation.UNREGISTER_HUB_SUBSCRIPTION,
                t -> as(t).delete(BASE + "/hub/" + freshSubscription())),
        LIST_DEAD_LETTERS("admin", 200, Operation.LIST_DEAD_LETTERS, t -> as(t).get(BASE + "/admin/deadLetter")),
        REPLAY_DEAD_LETTERS("admin", 200, Operation.REPLAY_DEAD_LETTERS,
                t -> as(t).post(BASE + "/admin/deadLetter/replay")),
        REPLAY_ONE_DEAD_LETTER("admin", 404, Operation.REPLAY_DEAD_LETTERS, // allowed, but there is no such letter
                t -> as(t).post(BASE + "/admin/deadLetter/999999999/replay")),
        // the same table on the v5 edge (v5 has no admin/ resources)
        V5_LIST_ORDERS("read", 200, Operation.LIST_PRODUCT_ORDERS, t -> as(t).get(BASE_V5 + "/productOrder")),
        V5_READ_ORDER("read", 200, Operation.READ_PRODUCT_ORDER,
                t -> as(t).get(BASE_V5 + "/productOrder/" + order())),
        V5_CREATE_ORDER("write", 201, Operation.CREATE_PRODUCT_ORDER,
                t -> as(t).body(V5_ORDER).post(BASE_V5 + "/productOrder")),
        V5_PATCH_ORDER("write", 200, Operation.PATCH_PRODUCT_ORDER, t -> as(t)
                .contentType("application/merge-patch+json").body("{\"description\":\"patched in v5\"}")
                .patch(BASE_V5 + "/productOrder/" + order())),
        V5_DELETE_ORDER("write", 204, Operation.DELETE_PRODUCT_ORDER,
                t -> as(t).delete(BASE_V5 + "/productOrder/" + freshOrder())),
        V5_READ_INITIATING_REQUEST("read", 200, Operation.READ_INITIATING_REQUEST,
                t -> as(t).get(BASE_V5 + "/productOrder/" + order() + "/initiatingRequest")),
        V5_LIST_CANCELLATIONS("read", 200, Operation.LIST_CANCEL_PRODUCT_ORDERS,
                t -> as(t).get(BASE_V5 + "/cancelProductOrder")),
        V5_READ_CANCELLATION("read", 200, Operation.READ_CANCEL_PRODUCT_ORDER,
                t -> as(t).get(BASE_V5 + "/cancelProductOrder/" + cancellation())),
        V5_CREATE_CANCELLATION("write", 201, Operation.CREATE_CANCEL_PRODUCT_ORDER, t -> as(t)
                .body("{\"@type\":\"CancelProductOrder\",\"productOrder\":{\"@type\":\"ProductOrderRef\",\"id\":\""
                        + freshOrder() + "\"}}").post(BASE_V5 + "/cancelProductOrder")),
        V5_LIST_SUBSCRIPTIONS("read", 200, Operation.LIST_HUB_SUBSCRIPTIONS, t -> as(t).get(BASE_V5 + "/hub")),
        V5_READ_SUBSCRIPTION("read", 200, Operation.READ_HUB_SUBSCRIPTION,
                t -> as(t).get(BASE_V5 + "/hub/" + subscription())),
        V5_REGISTER_SUBSCRIPTION("write", 201, Operation.REGISTER_HUB_SUBSCRIPTION,
                t -> as(t).body(QUIET_SUBSCRIPTION_V5).post(BASE_V5 + "/hub")),
        V5_UNREGISTER_SUBSCRIPTION("write", 204, Operation.UNREGISTER_HUB_SUBSCRIPTION,
                t -> as(t).delete(BASE_V5 + "/hub/" + freshSubscription()));

        final String least;
        final int allowed;
        final Operation operation;
        final Function<String, Response> call;

        Endpoint(String least, int allowed, Operation operation, Function<String, Response> call) {
            this.least = least;
            this.allowed = allowed;
            this.operation = operation;
            this.call = call;
        }
    }

    /** A subscription that selects an event type the server never fires, so nothing is ever delivered to it. */
    private static final String QUIET_SUBSCRIPTION = "{\"callback\":\"http://127.0.0.1:9/never\","
            + "\"query\":\"eventType=CancelProductOrderInformationRequiredEvent\"}";
    private static final String QUIET_SUBSCRIPTION_V5 = "{\"@type\":\"Hub\"," + QUIET_SUBSCRIPTION.substring(1);
    private static final String V5_ORDER = """
            {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
              "productOffering":{"@type":"ProductOfferingRef","id":"PO-TABLE-V5"}}]}""";
    private static final List<String> ROLES = List.of("read", "write", "admin");

    private static String order;
    private static String cancellation;
    private static String subscription;

    static Stream<Arguments> cells() {
        return Arrays.stream(Endpoint.values())
                .flatMap(e -> Stream.of("none", "read", "write", "admin").map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0} with role {1}")
    @MethodSource("cells")
    void answersEachRoleAsTheTableSays(Endpoint endpoint, String role) {
        String token = role.equals("none") ? Tokens.system() : Tokens.system("tmf622." + role);
        Response response = endpoint.call.apply(token);
        boolean allowed = !role.equals("none") && ROLES.indexOf(role) >= ROLES.indexOf(endpoint.least);
        if (allowed) {
            response.then().statusCode(endpoint.allowed);
        } else {
            response.then().statusCode(403).body("@type", equalTo("Error")).body("code", equalTo("403"))
                    .body("message", startsWith("The token's roles do not allow to " + endpoint.operation.description()));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void refusesEveryEndpointWithoutAToken(Endpoint endpoint) {
        endpoint.call.apply("").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .body("@type", equalTo("Error"));
    }

    static Stream<Endpoint> endpoints() {
        return Arrays.stream(Endpoint.values());
    }

    @Test
    void coversEveryOperationOfTheTable() {
        Set<Operation> covered = Arrays.stream(Endpoint.values()).map(e -> e.operation)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        assertEquals(EnumSet.allOf(Operation.class), covered);
        Map<Operation, String> least = Arrays.stream(Endpoint.values())
                .collect(Collectors.toMap(e -> e.operation, e -> e.least, (a, b) -> a));
        least.forEach((op, role) -> assertEquals(role, op.least().name().toLowerCase(), op.name()));
    }

    /** With this bearer token; "" sends none. */
    private static io.restassured.specification.RequestSpecification as(String token) {
        return token.isEmpty() ? org.opentmf.ordering.testing.Api.json() : Tokens.as(token);
    }

    private static synchronized String order() {
        if (order == null) {
            order = freshOrder();
        }
        return order;
    }

    private static String freshOrder() {
        return as(Tokens.system("tmf622.admin")).body(standardOrder("1", "PO-TABLE-FIXTURE"))
                .post(BASE + "/productOrder").then().statusCode(201).extract().path("id");
    }

    private static synchronized String cancellation() {
        if (cancellation == null) {
            cancellation = as(Tokens.system("tmf622.admin")).body("{\"productOrder\":{\"id\":\"" + freshOrder() + "\"}}")
                    .post(BASE + "/cancelProductOrder").then().statusCode(201).extract().path("id");
        }
        return cancellation;
    }

    private static synchronized String subscription() {
        if (subscription == null) {
            subscription = freshSubscription();
        }
        return subscription;
    }

    private static String freshSubscription() {
        return as(Tokens.system("tmf622.admin")).body(QUIET_SUBSCRIPTION).post(BASE + "/hub").then().statusCode(201)
                .extract().path("id");
    }
}
