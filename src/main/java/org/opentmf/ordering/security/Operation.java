package org.opentmf.ordering.security;

import static org.opentmf.ordering.security.Role.ADMIN;
import static org.opentmf.ordering.security.Role.READ;
import static org.opentmf.ordering.security.Role.WRITE;

/**
 * The authorisation table: every operation of the API (any version) and the least role that may call it. This is
 * the only place that says who may do what; the README's table is this one, and {@code AuthorisationTableTest}
 * tries every cell.
 */
public enum Operation {
    LIST_PRODUCT_ORDERS(READ, "list productOrders"),
    READ_PRODUCT_ORDER(READ, "read a productOrder"),
    CREATE_PRODUCT_ORDER(WRITE, "create a productOrder"),
    PATCH_PRODUCT_ORDER(WRITE, "change a productOrder"),
    DELETE_PRODUCT_ORDER(WRITE, "delete a productOrder"),
    READ_INITIATING_REQUEST(READ, "read an initiatingRequest"),
    LIST_CANCEL_PRODUCT_ORDERS(READ, "list cancelProductOrders"),
    READ_CANCEL_PRODUCT_ORDER(READ, "read a cancelProductOrder"),
    CREATE_CANCEL_PRODUCT_ORDER(WRITE, "create a cancelProductOrder"),
    LIST_HUB_SUBSCRIPTIONS(READ, "list hub subscriptions"),
    READ_HUB_SUBSCRIPTION(READ, "read a hub subscription"),
    REGISTER_HUB_SUBSCRIPTION(WRITE, "register a hub subscription"),
    UNREGISTER_HUB_SUBSCRIPTION(WRITE, "remove a hub subscription"),
    LIST_DEAD_LETTERS(ADMIN, "list dead letters"),
    REPLAY_DEAD_LETTERS(ADMIN, "replay dead letters");

    private final Role least;
    private final String description;

    Operation(Role least, String description) {
        this.least = least;
        this.description = description;
    }

    /** The least role that may call this operation. */
    public Role least() {
        return least;
    }

    public String description() {
        return description;
    }
}
