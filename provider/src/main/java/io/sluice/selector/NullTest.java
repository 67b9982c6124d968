package io.sluice.selector;

/** {@code identifier IS [NOT] NULL}: never UNKNOWN. */
final class NullTest extends Expression {
    private final Identifier identifier;
    private final boolean negated;

    NullTest(Identifier identifier, boolean negated) {
        super(identifier);
        this.identifier = identifier;
        this.negated = negated;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        return (identifier.evaluate(message) == null) != negated;
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(" + identifier + (negated ? " IS NOT NULL)" : " IS NULL)");
    }
}
