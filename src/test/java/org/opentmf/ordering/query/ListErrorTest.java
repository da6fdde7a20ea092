package org.opentmf.ordering.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.query.Lists.list;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentmf.ordering.testing.OrderingTest;

/** A list query the server cannot answer is a 400 TMF Error that names what is wrong. */
@OrderingTest
class ListErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            colour=red                                             | Unknown attribute 'colour'
            relatedParty.nickname=x                                | Unknown attribute 'relatedParty.nickname'
            productOrderItem.product.productCharacteristic.x=1     | Unknown attribute 'productOrderItem.product.productCharacteristic.x'
            href=x                                                 | 'href' is not queryable
            productOrderItem=x                                     | 'productOrderItem' is a list of objects
            billingAccount=x                                       | 'billingAccount' is an object
            state.like=x                                           | Unknown operator 'like' on 'state'
            relatedParty.id.contains=x                             | Unknown operator 'contains' on 'relatedParty.id'
            orderDate=yesterday                                    | Invalid date-time 'yesterday' for 'orderDate'
            orderDate.gte=2026-13-01                               | Invalid date-time '2026-13-01' for 'orderDate.gte'
            requestedStartDate.lt=soon                             | Invalid date-time 'soon' for 'requestedStartDate.lt'
            orderDate.gt=-9999-01-01T00:00:00Z                     | Date-time '-9999-01-01T00:00:00Z' for 'orderDate.gt' is out of range (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z)
            orderDate.lt=%2B300000-01-01T00:00:00Z                 | Date-time '+300000-01-01T00:00:00Z' for 'orderDate.lt' is out of range
            requestedStartDate.gt=0000-01-01                       | Date-time '0000-01-01' for 'requestedStartDate.gt' is out of range
            productOrderItem.quantity.gt=many                      | Invalid number 'many' for 'productOrderItem.quantity.gt'
            productOrderItem.product.isBundle=perhaps              | Invalid boolean 'perhaps' for 'productOrderItem.product.isBundle'
            productOrderItem.product.isBundle.gt=true              | Operator 'gt' is not supported on 'productOrderItem.product.isBundle'
            externalId.regex=(unclosed                             | Invalid regular expression '(unclosed' for 'externalId.regex'
            sort=colour                                            | Unknown sort attribute 'colour'
            sort=-orderDate,relatedParty                           | Unknown sort attribute 'relatedParty'
            offset=-1                                              | offset must be a whole number of 0 or more, got '-1'
            limit=0                                                | limit must be a whole number from 1 to 1000, got '0'
            limit=-5                                               | limit must be a whole number from 1 to 1000, got '-5'
            limit=1001                                             | limit must be a whole number from 1 to 1000, got '1001'
            limit=ten                                              | limit must be a whole number from 1 to 1000, got 'ten'
            offset=first                                           | offset must be a whole number of 0 or more, got 'first'
            limit=99999999999                                      | limit must be a whole number from 1 to 1000, got '99999999999'
            offset=0&offset=x                                      | offset must be a whole number of 0 or more, got 'x'
            """)
    void refusesWithATmfErrorSayingWhich(String query, String message) {
        list(query).statusCode(400)
                .body("@type", equalTo("Error"))
                .body("code", equalTo("400"))
                .body("status", equalTo("400"))
                .body("reason", equalTo("Bad Request"))
                .body("message", containsString(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            externalId.regex=%5Cp%7BL%7D
            description.regex=a%7B2%2C1%7D
            relatedParty.id.regex=%28%3F%3Cn%3Ex%29
            externalId.regex=x%5C
            """)
    void refusesARegexEitherEngineRejects(String query) {
        list(query).statusCode(400).body("message", containsString("regular expression"));
    }
}
