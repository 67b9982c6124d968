package io.sluice.selector;

/**
 * The Java numeric types after unary promotion (JLS 5.6), in widening order: Byte and Short values count as int.
 * Binary numeric promotion of two operands is the wider of their kinds.
 */
enum NumericKind {
    INT, LONG, FLOAT, DOUBLE;

    /** The kind of a property value, or null when it is not one of the numeric JMS property types. */
    static NumericKind of(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return INT;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        return null;
    }

    static NumericKind promote(NumericKind a, NumericKind b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
