package io.sluice.selector;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chain {@code a AND b AND ...} as one node, so that long chains do not make the tree (and the evaluation's
 * recursion) deep. Stops at the first FALSE: the result no longer depends on the rest.
 */
final class AndExpression extends Expression {
    private final Expression[] operands;

    AndExpression(List<Expression> operands) {
        super(operands.toArray(Expression[]::new));
        this.operands = operands.toArray(Expression[]::new);
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Boolean result = Boolean.TRUE;
        for (Expression operand : operands) {
            result = Logic.and(result, truth(operand.evaluate(message)));
            if (Boolean.FALSE.equals(result)) {
                return Boolean.FALSE;
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
        return Arrays.stream(operands).map(Expression::toString).collect(Collectors.joining(" AND ", "(", ")"));
    }
}
