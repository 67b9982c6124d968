package io.sluice.selector;

/**
 * {@code x [NOT] BETWEEN low AND high}, evaluated exactly as the equivalences JMS 3.8.1.1 gives:
 * {@code x >= low AND x <= high}, and {@code x < low OR x > high} for NOT BETWEEN. So a NULL makes it UNKNOWN
 * unless the other comparison decides, and a non-number makes it FALSE either way.
 */
final class BetweenExpression extends Expression {
    private final Expression value;
    private final Expression low;
    private final Expression high;
    private final boolean negated;

    BetweenExpression(Expression value, Expression low, Expression high, boolean negated) {
        super(value, low, high);
        this.value = value;
        this.low = low;
        this.high = high;
        this.negated = negated;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object x = value.evaluate(message);
        if (x == null) {
            return null;
        }
        Object lowValue = low.evaluate(message);
        Object highValue = high.evaluate(message);
        if (negated) {
            return Logic.or(ComparisonOperator.LESS.compare(x, lowValue),
                    ComparisonOperator.GREATER.compare(x, highValue));
        }
        return Logic.and(ComparisonOperator.GREATER_OR_EQUAL.compare(x, lowValue),
                ComparisonOperator.LESS_OR_EQUAL.compare(x, highValue));
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(" + value + (negated ? " NOT BETWEEN " : " BETWEEN ") + low + " AND " + high + ")";
    }
}
