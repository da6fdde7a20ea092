package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.testing.Api.create;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentmf.ordering.testing.OrderingTest;

/** What POST /productOrder refuses, and that the 400 says which field. */
@OrderingTest
class CreateValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no items                      | {"relatedParty":[{"id":"C","@referredType":"Individual"}]}                         | productOrderItem
            empty items                   | {"productOrderItem":[]}                                                            | productOrderItem
            item without id               | {"productOrderItem":[{"action":"add"}]}                                            | productOrderItem[0].id
            item without action           | {"productOrderItem":[{"id":"1"}]}                                                  | productOrderItem[0].action
            unknown action                | {"productOrderItem":[{"id":"1","action":"upgrade"}]}                               | productOrderItem[0].action
            duplicate item ids            | {"productOrderItem":[{"id":"1","action":"add"},{"id":"1","action":"add"}]}         | '1'
            duplicate nested item id      | {"productOrderItem":[{"id":"1","action":"add","productOrderItem":[{"id":"1","action":"add"}]}]} | '1'
            offering without id           | {"productOrderItem":[{"id":"1","action":"add","productOffering":{"name":"x"}}]}    | productOffering.id
            party without id              | {"productOrderItem":[{"id":"1","action":"add"}],"relatedParty":[{"@referredType":"Individual"}]} | relatedParty[0].id
            party without referredType    | {"productOrderItem":[{"id":"1","action":"add"}],"relatedParty":[{"id":"C-1"}]}     | relatedParty[0].@referredType
            billing account without id    | {"productOrderItem":[{"id":"1","action":"add"}],"billingAccount":{"name":"x"}}      | billingAccount.id
            characteristic without name   | {"productOrderItem":[{"id":"1","action":"add","product":{"productCharacteristic":[{"value":1}]}}]} | productCharacteristic[0].name
            """)
    void refusesAnInvalidOrder(String rule, String body, String field) {
        create(body).statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("code", equalTo("400"))
                .body("message", containsString(field));
    }
}
