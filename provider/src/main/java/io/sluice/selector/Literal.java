package io.sluice.selector;

/** A string, numeric or boolean literal. */
final class Literal extends Expression {
    static final Literal TRUE = new Literal(Boolean.TRUE, StaticType.BOOLEAN);
    static final Literal FALSE = new Literal(Boolean.FALSE, StaticType.BOOLEAN);

    private final Object value;
    private final StaticType type;

    private Literal(Object value, StaticType type) {
        this.value = value;
        this.type = type;
    }

    static Literal of(String value) {
        return new Literal(value, StaticType.STRING);
    }

    static Literal of(Number value) {
        return new Literal(value, StaticType.NUMBER);
    }

    @Override
    Object evaluate(PropertyResolver message) {
        return value;
    }

    @Override
    StaticType type() {
        return type;
    }

    @Override
    public String toString() {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        // suffixes keep the type when the text is parsed again
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Float) {
            return value + "F";
        }
        return value.toString();
    }

    /** {@code s} as a selector string literal. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
