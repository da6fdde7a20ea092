package org.opentmf.ordering.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/** Orchestrators (compose, Kubernetes) probe /q/health: ready means the database answers and the dispatcher runs. */
@OrderingTest
class HealthTest {

    @Test
    void isReadyWhenTheDatabaseAnswers() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void isReadyWhenTheEventDispatcherRuns() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Event dispatcher' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event dispatcher' }.data.dispatcher", equalTo("running"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
