package io.sluice.selector;

/** {@code NOT condition}: UNKNOWN stays UNKNOWN. */
final class NotExpression extends Expression {
    private final Expression operand;

    NotExpression(Expression operand) {
        super(operand);
        this.operand = operand;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        return Logic.not(truth(operand.evaluate(message)));
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(NOT " + operand + ")";
    }
}
