package org.opentmf.ordering.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/** The benchmark-only endpoint exists only when the benchmark asks for it. */
@OrderingTest
class HttpCeilingRouteTest {

    @Test
    void isNotServedOutsideTheBenchmark() {
        given().get(HttpCeilingRoute.PATH).then()
                .statusCode(404)
                .body("code", equalTo("404"));
        given().contentType("application/json").body("{}").put(HttpCeilingRoute.PATH).then()
                .statusCode(404);
    }
}
