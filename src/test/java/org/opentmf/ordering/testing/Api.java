package org.opentmf.ordering.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Small helpers so tests read as TMF conversations. Every response body is checked against our contract
 * ({@link ContractSchemas}).
 */
public final class Api {

    public static final String BASE = "/tmf-api/productOrderingManagement/v4";
    public static final String BASE_V5 = "/tmf-api/productOrderingManagement/v5";

    /** The body the TMF622 v4 conformance kit sends. */
    public static final String CTK_ORDER = """
            {"productOrderItem":[{"id":"123","action":"add"}],\
            "relatedParty":[{"id":"456-dd-df45","@referredType":"Individual"}]}""";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        io.restassured.RestAssured.filters(new ContractSchemas());
    }

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static ValidatableResponse create(String body) {
        return json().body(body).post(BASE + "/productOrder").then();
    }

    /** Creates an order and returns its id. */
    public static String createOrder(String body) {
        return create(body).statusCode(201).extract().path("id");
    }

    /** An order whose one item names an offering (off the shelf). */
    public static String standardOrder(String itemId, String offeringId) {
        return """
                {"productOrderItem":[{"id":"%s","action":"add","productOffering":{"id":"%s"}}],
                 "relatedParty":[{"id":"C-1","@referredType":"Individual","role":"customer"}]}"""
                .formatted(itemId, offeringId);
    }
}
