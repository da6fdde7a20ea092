package org.opentmf.ordering.productorder;

import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.CTK_ORDER;
import static org.opentmf.ordering.testing.Api.create;
import static org.opentmf.ordering.testing.Api.json;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

@OrderingTest
class ProductOrderLifecycleBasicsTest {

    @Test
    void createsReadsAndDeletesTheConformanceKitOrder() {
        String id = create(CTK_ORDER).statusCode(201).extract().path("id");
        json().get(BASE + "/productOrder/" + id).then().log().all().statusCode(200).body("id", equalTo(id));
        json().get(BASE + "/productOrder?state=acknowledged").then().log().all().statusCode(200);
        json().delete(BASE + "/productOrder/" + id).then().statusCode(204);
        json().get(BASE + "/productOrder/" + id).then().log().all().statusCode(404);
    }
}
