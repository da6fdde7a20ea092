package org.opentmf.ordering.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.EmbeddedPostgresTestResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The main paths against the packaged application ({@code target/quarkus-app/quarkus-run.jar}, started by
 * Quarkus as its own process in the prod profile), beside the in-JVM {@code @QuarkusTest} suite: what the jar
 * ships must work without the test classpath (no test beans, no test configuration). The database is a
 * throw-away embedded PostgreSQL ({@link EmbeddedPostgresTestResource}), handed to the jar as its datasource URL.
 */
@QuarkusIntegrationTest
// Restricted to this class: declared GLOBAL here it would be a second copy of the @QuarkusTest suite's global
// database (Quarkus reads the annotations of every test class), started twice on one data directory.
@WithTestResource(value = EmbeddedPostgresTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@WithTestResource(value = WithoutAuthentication.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PackagedServerIT {

    @Test
    void createReadListPatchCancel() {
        String id = createOrder(standardOrder("1", "PO-IT"));
        json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("state", equalTo("acknowledged"))
                .body("productOrderItem[0].productOffering.id", equalTo("PO-IT"));
        json().get(BASE + "/productOrder?productOrderItem.productOffering.id=PO-IT&fields=state").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", equalTo(List.of(id)));

        json().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\":\"patched in the jar\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("description", equalTo("patched in the jar"));
        json().contentType("application/merge-patch+json").header("If-Match", "W/\"1\"")
                .body("{\"description\":\"weak\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(412).body("@type", equalTo("Error"));

        String task = json().body("{\"productOrder\":{\"id\":\"" + id + "\",\"@referredType\":\"ProductOrder\"},"
                + "\"cancellationReason\":\"integration test\"}").post(BASE + "/cancelProductOrder").then()
                .statusCode(201).header("Location", startsWith("http")).extract().path("id");
        json().get(BASE + "/cancelProductOrder/" + task).then().statusCode(200).body("state", equalTo("done"));
        json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("state", equalTo("cancelled")).body("cancellationReason", equalTo("integration test"));
        json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items[0].classification", equalTo("offTheShelf"));
        json().get(BASE + "/productOrder?colour=red").then().statusCode(400)
                .body("message", equalTo("Unknown attribute 'colour' in query"));
    }

    @Test
    void hubDeliversEvents() {
        try (CallbackListener listener = CallbackListener.start()) {
            String subscription = json().body("{\"callback\":\"" + listener.url() + "\","
                    + "\"query\":\"eventType=ProductOrderCreateEvent\"}").post(BASE + "/hub").then()
                    .statusCode(201).extract().path("id");
            try {
                json().get(BASE + "/hub").then().statusCode(200).body("id", hasItem(subscription));
                String id = createOrder(standardOrder("1", "PO-IT-HUB"));
                CallbackListener.await("the create event from the jar's dispatcher", () -> listener.about(id).size() == 1);
                assertEquals("ProductOrderCreateEvent", listener.about(id).get(0).path("eventType").asText());
            } finally {
                json().delete(BASE + "/hub/" + subscription).then().statusCode(204);
            }
        }
    }

    @Test
    void servesHealthAndTheContract() {
        json().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        json().get("/q/openapi?format=json").then().statusCode(200).body("info.title", org.hamcrest.Matchers.notNullValue());
    }
}
