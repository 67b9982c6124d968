package io.sluice.selector;

/** Unary plus or minus: a number keeps its promoted type; anything else is UNKNOWN. */
final class SignExpression extends Expression {
    private final Expression operand;
    private final boolean negate;

    SignExpression(Expression operand, boolean negate) {
        super(operand);
        this.operand = operand;
        this.negate = negate;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object value = operand.evaluate(message);
        NumericKind kind = NumericKind.of(value);
        if (kind == null) {
            return null;
        }
        Number number = (Number) value;
        return switch (kind) {
            case INT -> negate ? -number.intValue() : number.intValue();
            case LONG -> negate ? -number.longValue() : number;
            case FLOAT -> negate ? -number.floatValue() : number;
            case DOUBLE -> negate ? -number.doubleValue() : number;
        };
    }

    @Override
    StaticType type() {
        return StaticType.NUMBER;
    }

    @Override
    public String toString() {
        // a sign written before a number is part of the literal, so "-(5)" must keep its parentheses
        String shown = operand instanceof Literal ? "(" + operand + ")" : operand.toString();
        return "(" + (negate ? "-" : "+") + shown + ")";
    }
}
