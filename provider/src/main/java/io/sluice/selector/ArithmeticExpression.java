package io.sluice.selector;

/** A binary arithmetic operation; see {@link ArithmeticOperator} for the semantics. */
final class ArithmeticExpression extends Expression {
    private final ArithmeticOperator operator;
    private final Expression left;
    private final Expression right;

    ArithmeticExpression(ArithmeticOperator operator, Expression left, Expression right) {
        super(left, right);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object a = left.evaluate(message);
        return a == null ? null : operator.apply(a, right.evaluate(message));
    }

    @Override
    StaticType type() {
        return StaticType.NUMBER;
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.symbol() + " " + right + ")";
    }
}
