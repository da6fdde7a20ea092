package org.opentmf.ordering.query;

/** Comparison type of a queryable attribute (relational column or JSON leaf). */
public enum ValueType {
    /** Text, compared as text (jsonb: JSON string). */
    STRING,
    /** Decimal number: relational binds {@link java.math.BigDecimal}; jsonb: JSON number. */
    NUMBER,
    /** Integer: relational binds {@link Long}; jsonb: JSON number (compared numerically). */
    INTEGER,
    /** true/false. Only eq/ne. */
    BOOLEAN,
    /** Instant: relational timestamptz binds {@link java.time.OffsetDateTime} (UTC); jsonb: ISO string compared via jsonpath datetime(). */
    DATE_TIME,
    /** Relational uuid column: binds {@link java.util.UUID}; a non-UUID value matches nothing (never an error). */
    UUID,
    /** TMF "Any" (e.g. Characteristic.value): eq tries the string and, when the text is a number/boolean, that typed value too. */
    ANY;

    boolean orderable() {
        return this == STRING || this == NUMBER || this == INTEGER || this == DATE_TIME || this == ANY;
    }

    boolean regexable() {
        return this == STRING || this == UUID || this == ANY;
    }
}
