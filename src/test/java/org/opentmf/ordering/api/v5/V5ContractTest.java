package org.opentmf.ordering.api.v5;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/** Both contracts are served: v4 at /q/openapi as before, v5 at /q/openapi-v5, and Swagger UI offers both. */
@OrderingTest
class V5ContractTest {

    @Test
    void servesTheV5ContractBesideTheV4One() {
        given().get("/q/openapi-v5").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("url: /tmf-api/productOrderingManagement/v5"))
                .body(containsString("ProductOrder_FVO"));
        given().get("/q/openapi-v5?format=json").then().statusCode(200)
                .body("info.version", equalTo("5.0.0"))
                .body("servers[0].url", equalTo("/tmf-api/productOrderingManagement/v5"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("servers[0].url", equalTo("/tmf-api/productOrderingManagement/v4"));
    }

    @Test
    void swaggerUiOffersBothVersions() {
        given().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/q/openapi-v5"));
    }
}
