package io.sluice.selector;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code identifier [NOT] IN ('a', 'b', ...)}: UNKNOWN when the identifier is NULL (JMS 3.8.1.1), FALSE when it
 * is not a string (a comparison of unlike types), whether or not NOT is present.
 */
final class InExpression extends Expression {
    private final Identifier identifier;
    private final List<String> written;
    private final Set<String> members;
    private final boolean negated;

    InExpression(Identifier identifier, List<String> strings, boolean negated) {
        super(identifier);
        this.identifier = identifier;
        this.written = List.copyOf(strings);
        this.members = Set.copyOf(strings);
        this.negated = negated;
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object value = identifier.evaluate(message);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            return Boolean.FALSE;
        }
        return members.contains(value) != negated;
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return "(" + identifier + (negated ? " NOT IN " : " IN ")
                + written.stream().map(Literal::quote).collect(Collectors.joining(", ", "(", ")")) + ")";
    }
}
