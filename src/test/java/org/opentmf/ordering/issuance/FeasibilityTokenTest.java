package org.opentmf.ordering.issuance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.startsWith;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Tokens.as;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentmf.ordering.testing.OidcIssuer;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.SecuredServer;
import org.opentmf.ordering.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * With security on, the TMF679 server wants a token too ({@link Tmf679Stub} with {@code stub.require-token}); the
 * server gets one from its OIDC client (client credentials at the loopback {@link OidcIssuer}) and puts it on each
 * call. In order: the first test finds the provider refusing, before any token was ever granted (no other test of
 * the profile refers to a POQ, so no other test makes the client ask for one).
 */
@OrderingTest
@TestProfile(SecuredServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeasibilityTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Order(1)
    void callsNoTmf679ServerWithoutAToken() {
        assertThat("no token was granted before this test", grants(), equalTo(0));
        refuseGrants(true);
        try {
            String poq = poq();
            Map<String, Object> link = link(createOrder(poq));

            assertThat(link, hasEntry("verified", (Object) false));
            assertThat(link, hasEntry("reason", (Object) ("feasibility could not be verified (no access token for the "
                    + "TMF679 server could be obtained from the OIDC provider for " + poq + ")")));
            assertThat(hits(poq), equalTo(0));
        } finally {
            refuseGrants(false);
        }
    }

    @Test
    @Order(2)
    void carriesTheOidcClientsTokenToTheTmf679Server() throws Exception {
        String poq = poq();
        Map<String, Object> link = link(createOrder(poq));

        assertThat(link, hasEntry("verified", (Object) true));
        assertThat(link, hasEntry("qualificationResult", (Object) "qualified"));
        String authorization = authorization(poq);
        assertThat(authorization, startsWith("Bearer "));
        JsonNode claims = claims(authorization.substring("Bearer ".length()));
        assertThat(claims.path("iss").asText(), equalTo(Tokens.issuer()));
        assertThat(claims.path("azp").asText(), equalTo(OidcIssuer.CLIENT_ID));
        assertThat(claims.path("aud").asText(), equalTo(OidcIssuer.TMF679_AUDIENCE));
    }

    @Test
    @Order(3)
    void reusesOneTokenForLaterCalls() {
        String first = poq();
        String second = poq();
        createOrder(first);
        int grants = grants();
        createOrder(second);

        assertThat(authorization(second), equalTo(authorization(first)));
        assertThat(grants(), equalTo(grants));
    }

    /** A bespoke item referring to item 1 (qualified) of the POQ; the order's id. */
    private static String createOrder(String poq) {
        return as(Tokens.system("tmf622.write")).body("""
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"custom CPE"},
                  "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"%s"}}]}"""
                .formatted(poq)).post(BASE + "/productOrder").then().statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> link(String orderId) {
        JsonPath record = as(Tokens.system("tmf622.read")).get(BASE + "/productOrder/" + orderId + "/initiatingRequest")
                .then().statusCode(200).extract().jsonPath();
        return (Map<String, Object>) Issued.recordItem(record, "1").get("feasibilityAssessment");
    }

    private static String poq() {
        return "qualified-" + UUID.randomUUID();
    }

    private static String stub() {
        return ConfigProvider.getConfig().getValue("ordering.feasibility.tmf679-url", String.class);
    }

    private static int hits(String poq) {
        return Integer.parseInt(RestAssured.get(stub() + "/_stub/hits/" + poq).then().statusCode(200).extract()
                .asString());
    }

    private static String authorization(String poq) {
        return RestAssured.get(stub() + "/_stub/authorization/" + poq).then().statusCode(200).extract().asString();
    }

    private static int grants() {
        return Integer.parseInt(given().get(Tokens.issuer() + "/client-grants").then().statusCode(200).extract()
                .asString());
    }

    private static void refuseGrants(boolean refuse) {
        given().body(Boolean.toString(refuse)).post(Tokens.issuer() + "/client-grants/refuse").then().statusCode(200);
    }

    private static JsonNode claims(String jwt) throws Exception {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
