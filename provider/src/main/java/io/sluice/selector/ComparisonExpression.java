package io.sluice.selector;

/** A comparison; see {@link ComparisonOperator} for the semantics. */
final class ComparisonExpression extends Expression {
    private final ComparisonOperator operator;
    private final Expression left;
    private final Expression right;

    ComparisonExpression(ComparisonOperator operator, Expression left, Expression right) {
        super(left, right);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object a = left.evaluate(message);
        return a == null ? null : operator.compare(a, right.evaluate(message));
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.symbol() + " " + right + ")";
    }
}
