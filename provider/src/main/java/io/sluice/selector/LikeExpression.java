package io.sluice.selector;

/**
 * {@code identifier [NOT] LIKE pattern [ESCAPE c]}: UNKNOWN when the identifier is NULL (JMS 3.8.1.1), FALSE when
 * it is not a string, whether or not NOT is present.
 */
final class LikeExpression extends Expression {
    private final Identifier identifier;
    private final LikePattern pattern;
    private final boolean negated;

    LikeExpression(Identifier identifier, LikePattern pattern, boolean negated) {
        super(identifier);
        this.identifier = identifier;
        this.pattern = pattern;
        this.negated = negated;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object value = identifier.evaluate(message);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            return Boolean.FALSE;
        }
        return pattern.matches(s) != negated;
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(" + identifier + (negated ? " NOT LIKE " : " LIKE ") + pattern + ")";
    }
}
