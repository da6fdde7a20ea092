package org.opentmf.ordering.testing;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Access tokens from the test's {@link OidcIssuer}, asked for over HTTP like any client would. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    public static String issuer() {
        String issuer = System.getProperty(OidcIssuer.ISSUER_PROPERTY);
        if (issuer == null) {
            throw new IllegalStateException("No OIDC issuer: the test must run in the SecuredServer profile");
        }
        return issuer;
    }

    /** Claims of a token for client {@code client} with these roles (no party claim). */
    public static ObjectNode claims(String client, String... roles) {
        ObjectNode claims = JSON.createObjectNode();
        claims.put("sub", "service-account-" + client);
        claims.put("azp", client);
        claims.putArray("roles").addAll(Arrays.stream(roles).map(JSON.getNodeFactory()::textNode).toList());
        return claims;
    }

    /** A system client's token with these roles. */
    public static String system(String... roles) {
        return mint(claims("bss-system", roles));
    }

    /** A customer-facing client acting for {@code party}. */
    public static String party(String party, String... roles) {
        ObjectNode claims = claims("portal", roles);
        claims.put("sub", "user-of-" + party);
        claims.put("party_id", party);
        return mint(claims);
    }

    public static String mint(ObjectNode claims) {
        return given().contentType(ContentType.JSON).body(claims.toString()).post(issuer() + "/token")
                .then().statusCode(200).extract().asString();
    }

    /** Signed by a key the issuer never published. */
    public static String mintWithRogueKey(ObjectNode claims) {
        return given().contentType(ContentType.JSON).body(claims.toString()).post(issuer() + "/token?signer=rogue")
                .then().statusCode(200).extract().asString();
    }

    /** The issuer replaces its signing key; the old one leaves its JWKS. */
    public static void rotateKey() {
        given().post(issuer() + "/rotate").then().statusCode(200);
    }

    /** A JSON request with this bearer token. */
    public static RequestSpecification as(String token) {
        return Api.json().header("Authorization", "Bearer " + token);
    }
}
