package io.sluice.selector;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Random conditions with their expected three-valued results, computed independently of the implementation: the
 * logical operators straight from the tables of JMS 3.8.1.2, the predicates from the rules of JMS 3.8.1.1.
 */
final class RandomConditions {
    enum Truth { TRUE, FALSE, UNKNOWN }

    private static final Truth T = Truth.TRUE;
    private static final Truth F = Truth.FALSE;
    private static final Truth U = Truth.UNKNOWN;
    // rows and columns in the order T, F, U, as printed in the specification
    private static final Truth[][] AND = {{T, F, U}, {F, F, F}, {U, F, U}};
    private static final Truth[][] OR = {{T, T, T}, {T, F, U}, {T, U, U}};
    private static final Truth[] NOT = {F, T, U};

    private static final Object[] BOOLEAN_VALUES = {true, false, null, "true", 1};
    private static final Object[] NUMBER_VALUES = {null, 0, 1, 2L, 3.0, 4f, "3", true};
    private static final Object[] STRING_VALUES = {null, "a", "b", "ab", 5};

    private RandomConditions() {
    }

    /** A condition and how to compute its truth on a message. */
    interface Condition {
        String text();

        Truth truth(Map<String, Object> message);
    }

    static Condition condition(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return predicate(random);
        }
        switch (random.nextInt(3)) {
            case 0: {
                Condition left = condition(random, depth - 1);
                Condition right = condition(random, depth - 1);
                return condition("(" + left.text() + " " + keyword("AND", random) + " " + right.text() + ")",
                        m -> AND[left.truth(m).ordinal()][right.truth(m).ordinal()]);
            }
            case 1: {
                Condition left = condition(random, depth - 1);
                Condition right = condition(random, depth - 1);
                return condition("(" + left.text() + " " + keyword("OR", random) + " " + right.text() + ")",
                        m -> OR[left.truth(m).ordinal()][right.truth(m).ordinal()]);
            }
            default: {
                Condition operand = condition(random, depth - 1);
                return condition("(" + keyword("NOT", random) + " " + operand.text() + ")",
                        m -> NOT[operand.truth(m).ordinal()]);
            }
        }
    }

    static Map<String, Object> message(Random random) {
        Map<String, Object> message = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            message.put("p" + i, BOOLEAN_VALUES[random.nextInt(BOOLEAN_VALUES.length)]);
            message.put("n" + i, NUMBER_VALUES[random.nextInt(NUMBER_VALUES.length)]);
            message.put("s" + i, STRING_VALUES[random.nextInt(STRING_VALUES.length)]);
        }
        return message;
    }

    private static Condition predicate(Random random) {
        String p = "p" + random.nextInt(3);
        String n = "n" + random.nextInt(3);
        String s = "s" + random.nextInt(3);
        int k = random.nextInt(5);
        boolean negated = random.nextBoolean();
        String not = negated ? keyword("NOT", random) + " " : "";
        switch (random.nextInt(9)) {
            case 0:
                return condition(p, m -> m.get(p) instanceof Boolean b ? (b ? T : F) : U);
            case 1: {
                boolean value = random.nextBoolean();
                return condition(value ? keyword("TRUE", random) : keyword("FALSE", random), m -> value ? T : F);
            }
            case 2: {
                String[] operators = {"=", "<>", "<", "<=", ">", ">="};
                String operator = operators[random.nextInt(operators.length)];
                return condition(n + " " + operator + " " + k, m -> compare(m.get(n), operator, k));
            }
            case 3:
                return condition(n + " " + keyword("IS", random) + " " + not + keyword("NULL", random),
                        m -> (m.get(n) == null) != negated ? T : F);
            case 4:
                return condition(n + " " + not + keyword("BETWEEN", random) + " 1 " + keyword("AND", random) + " 3",
                        m -> between(m.get(n), negated));
            case 5:
                return condition(s + " " + not + keyword("IN", random) + " ('a', 'ab')",
                        m -> stringPredicate(m.get(s), v -> v.equals("a") || v.equals("ab"), negated));
            case 6:
                return condition(s + " " + not + keyword("LIKE", random) + " 'a%'",
                        m -> stringPredicate(m.get(s), v -> v.startsWith("a"), negated));
            case 7:
                return condition(s + " = 'b'", m -> m.get(s) == null ? U : m.get(s) instanceof String v
                        ? (v.equals("b") ? T : F) : F);
            default:
                return condition(p + " = " + keyword("TRUE", random), m -> m.get(p) == null ? U
                        : m.get(p) instanceof Boolean b ? (b ? T : F) : F);
        }
    }

    /** Unlike types make a comparison FALSE; a NULL makes it UNKNOWN (JMS 3.8.1.1). */
    private static Truth compare(Object value, String operator, int k) {
        if (value == null) {
            return U;
        }
        if (!(value instanceof Number number)) {
            return F;
        }
        double v = number.doubleValue(); // exact for the small values used here
        boolean result = switch (operator) {
            case "=" -> v == k;
            case "<>" -> v != k;
            case "<" -> v < k;
            case "<=" -> v <= k;
            case ">" -> v > k;
            default -> v >= k;
        };
        return result ? T : F;
    }

    /** "age BETWEEN 1 AND 3" is "age >= 1 AND age <= 3"; NOT BETWEEN is "age < 1 OR age > 3". */
    private static Truth between(Object value, boolean negated) {
        if (negated) {
            return OR[compare(value, "<", 1).ordinal()][compare(value, ">", 3).ordinal()];
        }
        return AND[compare(value, ">=", 1).ordinal()][compare(value, "<=", 3).ordinal()];
    }

    private static Truth stringPredicate(Object value, Predicate<String> test, boolean negated) {
        if (value == null) {
            return U;
        }
        if (!(value instanceof String s)) {
            return F;
        }
        return test.test(s) != negated ? T : F;
    }

    /** Reserved words are case-insensitive: spell them either way. */
    private static String keyword(String word, Random random) {
        return random.nextBoolean() ? word : word.toLowerCase(Locale.ROOT);
    }

    private static Condition condition(String text, Function<Map<String, Object>, Truth> truth) {
        return new Condition() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Truth truth(Map<String, Object> message) {
                return truth.apply(message);
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    static String describe(Map<String, Object> message) {
        return new TreeMap<>(message).toString();
    }
}
