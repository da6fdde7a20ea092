package org.opentmf.ordering.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.create;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.issuance.Tmf679Stub;
import org.opentmf.ordering.testing.EmbeddedPostgresTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * {@code ordering.feasibility.on-unqualified=reject} and a TMF679 v5 server
 * ({@code tmf679-resource=checkProductOfferingQualification}), against the packaged jar (the @QuarkusTest suite's one
 * configured profile keeps the defaults): an order whose feasibility assessments the TMF679 server
 * ({@link Tmf679Stub}) does not back is refused with a 422 naming the items and the results; a server that cannot
 * say never refuses an order.
 */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@WithTestResource(value = Tmf679Stub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs = {@ResourceArg(name = "ordering.feasibility.on-unqualified", value = "reject"),
                @ResourceArg(name = "ordering.feasibility.tmf679-resource", value = Tmf679Stub.V5_RESOURCE)})
// the packaged jar on an external database refuses to start without authentication unless told to (Security)
@WithTestResource(value = WithoutAuthentication.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class FeasibilityRejectIT {

    @Test
    void refusesAnOrderWhoseAssessmentsDoNotHold() {
        String externalId = "EXT-" + UUID.randomUUID();
        String mixed = "qualified-" + UUID.randomUUID();
        String expired = "expired-" + UUID.randomUUID();
        create("""
                {"externalId":"%s","productOrderItem":[
                  {"id":"1","action":"add","product":{"name":"a"},
                   "productOfferingQualificationItem":{"id":"3","productOfferingQualificationId":"%s"}},
                  {"id":"2","action":"add","product":{"name":"b"},"qualification":[{"id":"%s"}]},
                  {"id":"3","action":"add","product":{"name":"c"},
                   "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"%s"}}]}"""
                .formatted(externalId, mixed, expired, mixed))
                .statusCode(422)
                .body("@type", equalTo("Error"))
                .body("status", equalTo("422"))
                .body("message", equalTo("The feasibility assessments do not support the order: item 1: item 3 of "
                        + mixed + " is unqualified (qualificationResult unqualified); item 2: " + expired
                        + " expired on 2020-01-01T00:00:00.000Z (qualificationResult qualified)"));
        json().get(BASE + "/productOrder?externalId=" + externalId).then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void acceptsAnOrderWhoseAssessmentsHold() {
        String id = createOrder(order("qualified-" + UUID.randomUUID()));
        json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items[0].specialHandling", equalTo(false))
                .body("items[0].feasibilityAssessment.verified", equalTo(true));
    }

    @Test
    void readsTheConfiguredV5Resource() {
        String poq = "v5-" + UUID.randomUUID();
        String id = createOrder(order(poq));
        json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items[0].specialHandling", equalTo(false))
                .body("items[0].feasibilityAssessment.qualificationResult", equalTo("qualified"));
        RestAssured.get(System.getProperty(Tmf679Stub.URL_PROPERTY) + "/_stub/hits/" + Tmf679Stub.V5_RESOURCE + "/"
                + poq).then().statusCode(200).body(equalTo("1"));
    }

    @Test
    void neverRefusesAnOrderBecauseTheServerCannotSay() {
        String poq = "error-" + UUID.randomUUID();
        String id = createOrder(order(poq));
        json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items[0].specialHandling", equalTo(true))
                .body("items[0].feasibilityAssessment.verified", equalTo(false))
                .body("items[0].feasibilityAssessment.reason", containsString("feasibility could not be verified"));
    }

    private static String order(String poq) {
        return """
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"custom CPE"},
                  "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"%s"}}]}"""
                .formatted(poq);
    }
}
