package io.sluice.selector;

import jakarta.jms.InvalidSelectorException;

/**
 * A compiled JMS message selector (Jakarta Messaging 3.1, section 3.8): immutable and safe to share between
 * threads. Parse it once when the consumer is created and evaluate it per message; see docs/selectors.md for
 * what is supported and the choices made where the specification is silent.
 */
public final class Selector {
    private final String expression;
    private final Expression condition;

    private Selector(String expression, Expression condition) {
        this.expression = expression;
        this.condition = condition;
    }

    /**
     * Compiles a selector. A null, empty or whitespace-only expression means "no selector" (JMS 3.8.1.1 treats the
     * empty string as null) and gives a selector that matches every message, for which {@link #matchesAll()} is
     * true.
     *
     * @throws SelectorSyntaxException (an {@link InvalidSelectorException}) saying what is wrong and at which
     *                                 column
     */
    public static Selector parse(String expression) throws InvalidSelectorException {
        if (expression == null || isBlank(expression)) {
            return new Selector(expression == null ? "" : expression, Literal.TRUE);
        }
        return new Selector(expression, Parser.parse(expression));
    }

    /** True when the message's header fields and properties make the selector TRUE; FALSE and UNKNOWN do not match. */
    public boolean matches(PropertyResolver message) {
        return Boolean.TRUE.equals(condition.evaluate(message));
    }

    /** True when the selector selects every message (it is empty, or the literal TRUE): callers may skip evaluation. */
    public boolean matchesAll() {
        return condition == Literal.TRUE;
    }

    /** The selector as given ("" for null). */
    public String expression() {
        return expression;
    }

    /**
     * How the selector was understood: fully parenthesised, reserved words in upper case, numbers as parsed, header
     * fields and properties by name. It is itself a selector with the same meaning; useful in logs and admin views.
     */
    public String canonicalForm() {
        return condition.toString();
    }

    @Override
    public String toString() {
        return "Selector[" + expression + "]";
    }

    private static boolean isBlank(String expression) {
        for (int i = 0; i < expression.length(); i++) {
            if (!Lexer.isWhitespace(expression.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
