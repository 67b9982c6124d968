package io.sluice.selector;

/**
 * The comparison operators (JMS 3.8.1.1). Numbers compare after Java binary numeric promotion, with Java's
 * primitive semantics (NaN is equal to nothing, not even itself). Strings and booleans compare only with = and
 * &lt;&gt;. A NULL operand makes the comparison UNKNOWN; operands of unlike types make it FALSE, whatever the
 * operator ("If the comparison of non-like type values is attempted, the value of the operation is false").
 */
enum ComparisonOperator {
    EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** True for the operators that order values, which apply to numbers only. */
    boolean isOrdering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    Boolean compare(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        NumericKind leftKind = NumericKind.of(left);
        if (leftKind != null) {
            NumericKind rightKind = NumericKind.of(right);
            return rightKind != null && compareNumbers(NumericKind.promote(leftKind, rightKind), (Number) left,
                    (Number) right);
        }
        if (isOrdering()) {
            return Boolean.FALSE;
        }
        boolean alike = left instanceof String && right instanceof String
                || left instanceof Boolean && right instanceof Boolean;
        return alike && left.equals(right) == (this == EQUAL);
    }

    private boolean compareNumbers(NumericKind kind, Number left, Number right) {
        return switch (kind) {
            // int values widen to long exactly, so one long comparison serves both
            case INT, LONG -> longs(left.longValue(), right.longValue());
            // float widens to double exactly; the operands are rounded to float first, as Java does
            case FLOAT -> doubles(left.floatValue(), right.floatValue());
            case DOUBLE -> doubles(left.doubleValue(), right.doubleValue());
        };
    }

    private boolean longs(long a, long b) {
        return switch (this) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_OR_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_OR_EQUAL -> a >= b;
        };
    }

    private boolean doubles(double a, double b) {
        return switch (this) {
            case EQUAL -> a == b;
            case NOT_EQUAL -> a != b;
            case LESS -> a < b;
            case LESS_OR_EQUAL -> a <= b;
            case GREATER -> a > b;
            case GREATER_OR_EQUAL -> a >= b;
        };
    }
}
