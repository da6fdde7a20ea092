package org.opentmf.ordering.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.standardOrder;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * The zero-configuration server (tests run it without an issuer): no token needed, a token sent is not looked at,
 * and nobody is recorded as having asked.
 */
@OrderingTest
class WithoutIssuerTest {

    @Test
    void servesEveryoneWithoutAToken() {
        String id = Api.createOrder(standardOrder("1", "PO-NO-ISSUER"));
        Api.json().get(BASE + "/productOrder/" + id).then().statusCode(200);
        Api.json().get(BASE + "/admin/deadLetter").then().statusCode(200);
        Api.json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("requestedBy", nullValue());
    }

    @Test
    void ignoresABearerTokenItCannotCheck() {
        Api.json().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.").get(BASE + "/productOrder?limit=1")
                .then().statusCode(200);
        Api.json().header("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.").body(standardOrder("1", "PO-NO-ISSUER"))
                .post(BASE + "/productOrder").then().statusCode(201).body("@type", equalTo("ProductOrder"));
    }
}
