package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.opentmf.ordering.issuance.Issued.order;
import static org.opentmf.ordering.issuance.Issued.record;
import static org.opentmf.ordering.issuance.Issued.recordItem;
import static org.opentmf.ordering.issuance.Issued.specialHandlingCharacteristics;
import static org.opentmf.ordering.issuance.Issued.specialHandlingNotes;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Issuance asks the TMF679 server ({@link Tmf679Stub}, real HTTP on loopback) about every feasibility assessment
 * a bespoke item refers to, and lets only the ones that hold spare the item special handling. Every POQ id is new
 * to the test (a fresh suffix), so the server's cache never answers in place of the stub unless a test means it.
 */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class FeasibilityVerificationTest {

    @Test
    void linksAQualifiedItemWithoutSpecialHandling() {
        String poq = poq("qualified");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertNoSpecialHandling(id);
        Map<String, Object> link = link(id, "1");
        assertThat(link, allOf(hasEntry("verified", (Object) true),
                hasEntry("productOfferingQualificationState", (Object) "done"),
                hasEntry("qualificationResult", (Object) "qualified"), hasKey("expirationDate"), hasKey("checkedAt")));
        assertThat(link, not(hasKey("reason")));
        assertThat(hits(poq), equalTo(1));
    }

    @Test
    void acceptsAnAlternateResult() {
        String id = createOrder(orderWithPoqItem(poq("qualified"), "2"));

        assertNoSpecialHandling(id);
        assertThat(link(id, "1"), hasEntry("qualificationResult", (Object) "alternate"));
    }

    @Test
    void marksAnUnqualifiedItemForSpecialHandling() {
        String poq = poq("qualified");
        String id = createOrder(orderWithPoqItem(poq, "3"));

        assertSpecialHandling(id, "item 3 of " + poq + " is unqualified");
        assertThat(link(id, "1"), allOf(hasEntry("verified", (Object) true),
                hasEntry("qualificationResult", (Object) "unqualified")));
    }

    @Test
    void marksAnExpiredAssessmentForSpecialHandling() {
        String poq = poq("expired");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertSpecialHandling(id, poq + " expired on 2020-01-01T00:00:00.000Z");
        assertThat(link(id, "1"), allOf(hasEntry("verified", (Object) true),
                hasEntry("expirationDate", (Object) "2020-01-01T00:00:00.000Z"),
                hasEntry("qualificationResult", (Object) "qualified")));
    }

    @Test
    void marksAMissingAssessmentForSpecialHandling() {
        String poq = poq("missing");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertSpecialHandling(id, poq + " does not exist on the TMF679 server");
        assertThat(link(id, "1"), hasEntry("verified", (Object) true));
    }

    @Test
    void marksAnAssessmentStillInProgressForSpecialHandling() {
        String poq = poq("inprogress");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertSpecialHandling(id, poq + " is inProgress, not done");
        assertThat(link(id, "1"), hasEntry("productOfferingQualificationState", (Object) "inProgress"));
    }

    @Test
    void marksAReferenceToAnItemThePoqDoesNotHave() {
        String poq = poq("qualified");
        String id = createOrder(orderWithPoqItem(poq, "9"));

        assertSpecialHandling(id, poq + " has no item 9");
    }

    @Test
    void readsTheV5Shape() {
        String whole = poq("v5");
        String id = createOrder("""
                {"productOrderItem":[
                  {"id":"1","action":"add","product":{"name":"custom CPE"},"qualification":[{"id":"%s"}]},
                  {"id":"2","action":"add","product":{"name":"custom mast"},
                   "productOfferingQualificationItem":{"id":"2","productOfferingQualificationId":"%s"}}]}"""
                .formatted(whole, whole));

        assertThat(link(id, "1"), allOf(hasEntry("verified", (Object) true),
                hasEntry("qualificationResult", (Object) "qualified")));
        assertThat(recordItem(record(id), "1"), hasEntry("specialHandling", (Object) false));
        assertThat(specialHandlingCharacteristics(order(id), "productOrderItem[0]"), empty());
        assertThat(recordItem(record(id), "2"), hasEntry("specialHandling", (Object) true));
        assertThat(noteText(id), containsString("item 2 of " + whole + " is terminatedWithError, not done"));
    }

    @Test
    void marksAnUnqualifiedV5AssessmentForSpecialHandling() {
        String poq = poq("v5unqualified");
        String id = createOrder(orderWithQualification(poq));

        assertSpecialHandling(id, poq + " is unqualified");
    }

    @Test
    void judgesAWholePoqByAllItsItems() {
        String allQualified = poq("allqualified");
        String mixed = poq("qualified");

        assertNoSpecialHandling(createOrder(orderWithQualification(allQualified)));
        assertSpecialHandling(createOrder(orderWithQualification(mixed)), mixed + " is unqualified");
    }

    @Test
    void marksAnItemForSpecialHandlingWhenTheServerFails() {
        String poq = poq("error");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertSpecialHandling(id, "feasibility could not be verified (the TMF679 server answered HTTP 500 for "
                + poq + ")");
        assertThat(link(id, "1"), hasEntry("verified", (Object) false));
    }

    @Test
    void marksAnItemForSpecialHandlingWhenTheAnswerIsUnreadable() {
        String poq = poq("garbage");
        String id = createOrder(orderWithPoqItem(poq, "1"));

        assertSpecialHandling(id, "feasibility could not be verified (the TMF679 server's answer is unreadable for "
                + poq + ")");
    }

    /**
     * The stub takes 10 s; the order must answer within the 3 s timeout plus a margin that a loaded machine cannot
     * exceed by accident, yet well below 10 s.
     */
    @Test
    void doesNotWaitForASlowServerBeyondTheTimeout() {
        String poq = poq("slow");
        long start = System.nanoTime();
        String id = createOrder(orderWithPoqItem(poq, "1"));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(millis, lessThan(ConfiguredServer.FEASIBILITY_TIMEOUT_MILLIS + 3_000));
        assertSpecialHandling(id, "feasibility could not be verified (no answer for " + poq + " within "
                + ConfiguredServer.FEASIBILITY_TIMEOUT_MILLIS + " ms)");
        assertThat(link(id, "1"), hasEntry("verified", (Object) false));
    }

    /** Three POQs that take 1.5 s each: read one after the other they would not fit into the 3 s timeout. */
    @Test
    void readsDistinctPoqsInParallel() {
        String a = poq("lag");
        String b = poq("lag");
        String c = poq("lag");
        String id = createOrder("""
                {"productOrderItem":[
                  {"id":"1","action":"add","product":{"name":"a"},"qualification":[{"id":"%s"}]},
                  {"id":"2","action":"add","product":{"name":"b"},"qualification":[{"id":"%s"}]},
                  {"id":"3","action":"add","product":{"name":"c"},"qualification":[{"id":"%s"}]}]}"""
                .formatted(a, b, c));

        for (String item : List.of("1", "2", "3")) {
            assertThat(link(id, item), hasEntry("verified", (Object) true));
        }
        assertThat(specialHandlingNotes(order(id)), empty());
    }

    @Test
    void readsEachPoqOncePerOrderAndReusesTheAnswerForAWhile() {
        String poq = poq("allqualified");
        String body = """
                {"productOfferingQualification":[{"id":"%s"}],
                 "productOrderItem":[
                  {"id":"1","action":"add","product":{"name":"a"},
                   "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"%s"}},
                  {"id":"2","action":"add","product":{"name":"b"},
                   "productOfferingQualificationItem":{"id":"2","productOfferingQualificationId":"%s"}},
                  {"id":"3","action":"add","product":{"name":"c"}}]}""".formatted(poq, poq, poq);

        String first = createOrder(body);
        assertThat(hits(poq), equalTo(1));
        String second = createOrder(body);
        assertThat(hits(poq), equalTo(1));
        assertNoSpecialHandling(first);
        assertThat(link(second, "3"), hasEntry("checkedAt", link(first, "3").get("checkedAt")));
    }

    @Test
    void asksNothingForOffTheShelfItems() {
        String poq = poq("qualified");
        createOrder("""
                {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                  "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"%s"}}]}"""
                .formatted(poq));

        assertThat(hits(poq), equalTo(0));
    }

    /**
     * Five failed calls in a row open the breaker ({@link ConfiguredServer}; a failure of another test may be one of
     * the five, so it may open sooner): from then on no POQ is asked for, good or bad, and the items are marked as
     * not verified. After the breaker's delay one trial call goes through and, answered, closes it.
     */
    @Test
    void stopsCallingAFailingServerForAWhile() throws InterruptedException {
        int failedCalls = 0;
        boolean open = false;
        while (!open && failedCalls <= ConfiguredServer.CIRCUIT_BREAKER_CALLS) {
            String failing = poq("error");
            createOrder(orderWithPoqItem(failing, "1"));
            open = hits(failing) == 0;
            if (!open) {
                failedCalls++;
            }
        }
        assertThat("opened after " + failedCalls + " failed calls", open, equalTo(true));
        assertThat(failedCalls, greaterThan(0));

        String skipped = poq("allqualified");
        String id = createOrder(orderWithPoqItem(skipped, "1"));
        assertThat(hits(skipped), equalTo(0));
        assertSpecialHandling(id, "feasibility could not be verified (the TMF679 server is failing: calls paused by "
                + "the circuit breaker)");

        Thread.sleep(ConfiguredServer.CIRCUIT_BREAKER_DELAY_MILLIS + 500);
        String trial = poq("allqualified");
        assertNoSpecialHandling(createOrder(orderWithPoqItem(trial, "1")));
        assertThat(hits(trial), equalTo(1));
    }

    private static String poq(String kind) {
        return kind + "-" + UUID.randomUUID();
    }

    private static String orderWithPoqItem(String poq, String poqItem) {
        return """
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"custom CPE"},
                  "productOfferingQualificationItem":{"id":"%s","productOfferingQualificationId":"%s",
                    "productOfferingQualificationHref":"http://poq.test/%s"}}]}""".formatted(poqItem, poq, poq);
    }

    private static String orderWithQualification(String poq) {
        return """
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"custom CPE"},
                  "qualification":[{"id":"%s"}]}]}""".formatted(poq);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> link(String orderId, String itemId) {
        Object link = recordItem(record(orderId), itemId).get("feasibilityAssessment");
        assertThat(link, notNullValue());
        return (Map<String, Object>) link;
    }

    private static void assertNoSpecialHandling(String id) {
        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), empty());
        assertThat(specialHandlingNotes(order), empty());
        assertThat(recordItem(record(id), "1"), hasEntry("specialHandling", (Object) false));
    }

    /** Item 1 is flagged, and both the note and the record say why. */
    private static void assertSpecialHandling(String id, String reason) {
        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), hasSize(1));
        assertThat(noteText(id), containsString("item 1 (it adds a product described by value only (no "
                + "productOffering); " + reason + ")"));
        assertThat(recordItem(record(id), "1"), hasEntry("specialHandling", (Object) true));
        assertThat(link(id, "1"), hasEntry("reason", (Object) reason));
    }

    private static String noteText(String id) {
        List<Map<String, Object>> notes = specialHandlingNotes(order(id));
        assertThat(notes, hasSize(1));
        return (String) notes.get(0).get("text");
    }

    /** How many times the stub was asked for the POQ. */
    private static int hits(String poq) {
        String url = ConfigProvider.getConfig().getValue("ordering.feasibility.tmf679-url", String.class);
        return Integer.parseInt(RestAssured.get(url + "/_stub/hits/" + poq).then().statusCode(200).extract().asString());
    }
}
