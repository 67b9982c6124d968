package io.sluice.selector;

import java.util.HashMap;
import java.util.Map;

/** Messages for tests: a resolver is just a map from identifier to value. */
final class TestMessages {
    private TestMessages() {
    }

    /** A message with the given name/value pairs; a null value is the same as an absent property. */
    static PropertyResolver message(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values::get;
    }

    static boolean matches(String selector, PropertyResolver message) {
        try {
            return Selector.parse(selector).matches(message);
        } catch (jakarta.jms.InvalidSelectorException e) {
            throw new AssertionError("valid selector refused: " + e.getMessage(), e);
        }
    }

    /** The three-valued result of a condition: "TRUE", "FALSE" or "UNKNOWN", told apart through NOT. */
    static String truthOf(String condition, PropertyResolver message) {
        if (matches(condition, message)) {
            return "TRUE";
        }
        return matches("NOT (" + condition + ")", message) ? "FALSE" : "UNKNOWN";
    }
}
