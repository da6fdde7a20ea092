package org.opentmf.ordering.security;

/** The three roles, each including the ones before it. Their names in tokens are configurable. */
public enum Role {
    READ, WRITE, ADMIN;

    boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    String name(SecurityConfig.Roles names) {
        return switch (this) {
            case READ -> names.read();
            case WRITE -> names.write();
            case ADMIN -> names.admin();
        };
    }
}
