package org.opentmf.ordering.query;

/**
 * How the engine writes the placeholders of the values it binds. The values are {@link SqlCriteria#parameters()}
 * in order either way, and every placeholder stands for one value, written in the order the values are bound.
 */
public abstract sealed class Placeholders {

    private Placeholders() {
    }

    /** {@code ?first}, {@code ?first+1}, ...: ordinal parameters of JPA/Hibernate native queries. */
    public static Placeholders numberedFrom(int first) {
        if (first < 1) {
            throw new IllegalArgumentException("Placeholders start at ?1, not ?" + first);
        }
        return new Numbered(first);
    }

    /**
     * A plain {@code ?} for each value: JDBC's positional parameters. The caller binds the criteria's parameters
     * in order, after those of any SQL it writes before the criteria.
     */
    public static Placeholders positional() {
        return Positional.INSTANCE;
    }

    /** The placeholder of the value bound {@code index}-th (0-based) in this translation. */
    abstract String of(int index);

    private static final class Numbered extends Placeholders {
        private final int first;

        Numbered(int first) {
            this.first = first;
        }

        @Override
        String of(int index) {
            return "?" + (first + index);
        }
    }

    private static final class Positional extends Placeholders {
        static final Positional INSTANCE = new Positional();

        @Override
        String of(int index) {
            return "?";
        }
    }
}
