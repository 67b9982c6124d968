package io.sluice.selector;

/**
 * The binary arithmetic operators with Java semantics after binary numeric promotion: int and long arithmetic
 * wraps around on overflow, float and double follow IEEE 754. Integer division by zero, which throws in Java, is
 * UNKNOWN (null) here because evaluating a selector must not fail; floating-point division by zero gives an
 * infinity or NaN as in Java.
 */
enum ArithmeticOperator {
    ADD("+") {
        @Override Object ints(int a, int b) { return a + b; }
        @Override Object longs(long a, long b) { return a + b; }
        @Override Object floats(float a, float b) { return a + b; }
        @Override Object doubles(double a, double b) { return a + b; }
    },
    SUBTRACT("-") {
        @Override Object ints(int a, int b) { return a - b; }
        @Override Object longs(long a, long b) { return a - b; }
        @Override Object floats(float a, float b) { return a - b; }
        @Override Object doubles(double a, double b) { return a - b; }
    },
    MULTIPLY("*") {
        @Override Object ints(int a, int b) { return a * b; }
        @Override Object longs(long a, long b) { return a * b; }
        @Override Object floats(float a, float b) { return a * b; }
        @Override Object doubles(double a, double b) { return a * b; }
    },
    DIVIDE("/") {
        @Override Object ints(int a, int b) { return b == 0 ? null : a / b; }
        @Override Object longs(long a, long b) { return b == 0 ? null : a / b; }
        @Override Object floats(float a, float b) { return a / b; }
        @Override Object doubles(double a, double b) { return a / b; }
    };

    private final String symbol;

    ArithmeticOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** The result, or null (UNKNOWN) when an operand is NULL or not a number, or for an integer division by zero. */
    Object apply(Object left, Object right) {
        NumericKind leftKind = NumericKind.of(left);
        NumericKind rightKind = NumericKind.of(right);
        if (leftKind == null || rightKind == null) {
            return null;
        }
        Number a = (Number) left;
        Number b = (Number) right;
        return switch (NumericKind.promote(leftKind, rightKind)) {
            case INT -> ints(a.intValue(), b.intValue());
            case LONG -> longs(a.longValue(), b.longValue());
            case FLOAT -> floats(a.floatValue(), b.floatValue());
            case DOUBLE -> doubles(a.doubleValue(), b.doubleValue());
        };
    }

    abstract Object ints(int a, int b);

    abstract Object longs(long a, long b);

    abstract Object floats(float a, float b);

    abstract Object doubles(double a, double b);
}
