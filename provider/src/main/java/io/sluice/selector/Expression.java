package io.sluice.selector;

/**
 * A node of a compiled selector. {@link #evaluate} yields a Boolean, a Number, a String, or null for NULL and
 * UNKNOWN (SQL-92 makes no difference between them in a selector); it never throws. {@link #toString} gives the
 * node fully parenthesised in selector syntax.
 */
abstract class Expression {
    private final int depth;

    Expression(Expression... children) {
        int deepest = 0;
        for (Expression child : children) {
            deepest = Math.max(deepest, child.depth);
        }
        this.depth = deepest + 1;
    }

    abstract Object evaluate(PropertyResolver message);

    abstract StaticType type();

    /** The longest path to a leaf, which bounds the evaluation's recursion. */
    final int depth() {
        return depth;
    }

    /** A condition's value: a non-Boolean (a number or string property used as a condition) is UNKNOWN. */
    static Boolean truth(Object value) {
        return value instanceof Boolean b ? b : null;
    }
}
