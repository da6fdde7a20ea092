package org.opentmf.ordering.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.standardOrder;
import static org.opentmf.ordering.testing.Tokens.as;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.SecuredServer;
import org.opentmf.ordering.testing.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** Authentication against the loopback OIDC provider: what gets in, what is a 401, and what stays open. */
@OrderingTest
@TestProfile(SecuredServer.class)
class BearerTokenTest {

    private static final String LIST = BASE + "/productOrder";

    @Test
    void refusesARequestWithoutATokenWithABearerChallengeAndATmfError() {
        Api.json().get(LIST).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("@type", equalTo("Error")).body("code", equalTo("401"))
                .body("message", equalTo("A bearer token is required"));
        Api.json().body(standardOrder("1", "PO-NO-TOKEN")).post(LIST).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void servesAValidToken() {
        as(Tokens.system("tmf622.read")).get(LIST).then().statusCode(200);
    }

    @Test
    void refusesAnExpiredToken() {
        ObjectNode claims = Tokens.claims("bss-system", "tmf622.read");
        long now = System.currentTimeMillis() / 1000;
        claims.put("iat", now - 600).put("exp", now - 300);
        assertInvalidToken(as(Tokens.mint(claims)).get(LIST).then());
    }

    @Test
    void refusesATokenNotYetValid() {
        ObjectNode claims = Tokens.claims("bss-system", "tmf622.read");
        claims.put("nbf", System.currentTimeMillis() / 1000 + 600);
        assertInvalidToken(as(Tokens.mint(claims)).get(LIST).then());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        ObjectNode claims = Tokens.claims("bss-system", "tmf622.read");
        claims.put("iss", "https://elsewhere.example.com/realms/bss");
        assertInvalidToken(as(Tokens.mint(claims)).get(LIST).then());
    }

    @Test
    void refusesATokenSignedWithAnUnpublishedKey() {
        assertInvalidToken(as(Tokens.mintWithRogueKey(Tokens.claims("bss-system", "tmf622.read"))).get(LIST).then());
    }

    @Test
    void refusesATokenForAnotherAudience() {
        ObjectNode claims = Tokens.claims("bss-system", "tmf622.read");
        claims.put("aud", "some-other-api");
        assertInvalidToken(as(Tokens.mint(claims)).get(LIST).then());
    }

    @Test
    void refusesATamperedToken() {
        String token = Tokens.system("tmf622.read");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + Tokens.issuer() + "\",\"aud\":\"tmf622-ordering\",\"roles\":[\"tmf622.admin\"],"
                        + "\"exp\":" + (System.currentTimeMillis() / 1000 + 300) + "}").getBytes()) + "." + parts[2];
        assertInvalidToken(as(forged).get(LIST).then());
        assertInvalidToken(as("not-a-jwt").get(LIST).then());
    }

    @Test
    void acceptsTokensOfARotatedKeyAndNoLongerThoseOfTheRetiredOne() {
        String old = Tokens.system("tmf622.read");
        as(old).get(LIST).then().statusCode(200);
        Tokens.rotateKey();
        as(Tokens.system("tmf622.read")).get(LIST).then().statusCode(200); // unknown kid: the JWKS is fetched again
        assertInvalidToken(as(old).get(LIST).then()); // the retired key left the JWKS
    }

    @Test
    void neverEchoesTheToken() {
        String token = Tokens.mintWithRogueKey(Tokens.claims("bss-system", "tmf622.read"));
        as(token).get(LIST).then().statusCode(401).body(not(containsString(token.substring(0, 20))));
        as(token).get(BASE + "/productOrder/unknown").then().statusCode(401)
                .body(not(containsString(token.substring(0, 20))));
    }

    @Test
    void servesHealthTheOpenApiDocumentAndMetricsWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void closesSwaggerUiByConfiguration() {
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("@type", equalTo("Error"));
        given().redirects().follow(false).header("Authorization", "Bearer " + Tokens.system("tmf622.read"))
                .get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        as(Tokens.system("tmf622.write")).header("X-Forwarded-Host", "evil.example.com")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example.com;proto=https")
                .body(standardOrder("1", "PO-FORWARDED")).post(LIST).then().statusCode(201)
                .header("Location", startsWith("http://localhost:"))
                .body("href", startsWith("http://localhost:"));
    }

    private static void assertInvalidToken(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("@type", equalTo("Error")).body("code", equalTo("401"));
    }
}
