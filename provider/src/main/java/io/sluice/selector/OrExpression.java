package io.sluice.selector;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chain {@code a OR b OR ...} as one node, so that long chains do not make the tree (and the evaluation's
 * recursion) deep. Stops at the first TRUE: the result no longer depends on the rest.
 */
final class OrExpression extends Expression {
    private final Expression[] operands;

    OrExpression(List<Expression> operands) {
        super(operands.toArray(Expression[]::new));
        this.operands = operands.toArray(Expression[]::new);
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Boolean result = Boolean.FALSE;
        for (Expression operand : operands) {
            result = Logic.or(result, truth(operand.evaluate(message)));
            if (Boolean.TRUE.equals(result)) {
                return Boolean.TRUE;
            }
        }
        return result;
    }

    @Override
    StaticType type() {
        return StaticType.BOOLEAN;
    }

    @Override
    public String toString() {
        return Arrays.stream(operands).map(Expression::toString).collect(Collectors.joining(" OR ", "(", ")"));
    }
}
