package org.opentmf.ordering.order;

/**
 * What the before-restart test leaves behind for the after-restart test (same JVM, same database). A system
 * property, because each Quarkus application loads the test classes in its own class loader, so static fields
 * do not carry over.
 */
final class RestartProbe {

    static final String EXTERNAL_ID = "restart-probe-" + ProcessHandle.current().pid();

    private static final String ORDER_ID = "opentmf.test.restart-probe.order-id";

    static void orderId(String id) {
        System.setProperty(ORDER_ID, id);
    }

    static String orderId() {
        return System.getProperty(ORDER_ID);
    }

    private RestartProbe() {
    }
}
