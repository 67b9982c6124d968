package io.sluice.selector;

import jakarta.jms.InvalidSelectorException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages for tests: a resolver is just a map from identifier to value. */
final class TestMessages {
    private TestMessages() {
    }

    /** A map as a resolver, shown as the map in test names. */
    record MapMessage(Map<String, Object> values) implements PropertyResolver {
        @Override
        public Object get(String identifier) {
            return values.get(identifier);
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    /** A message with the given name/value pairs; a null value is the same as an absent property. */
    static MapMessage message(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MapMessage(values);
    }

    static Selector compile(String selector) {
        try {
            return Selector.parse(selector);
        } catch (InvalidSelectorException e) {
            throw new AssertionError("valid selector refused: " + e.getMessage(), e);
        }
    }

    static boolean matches(String selector, PropertyResolver message) {
        return compile(selector).matches(message);
    }

    /** The three-valued result of a condition: "TRUE", "FALSE" or "UNKNOWN", told apart through NOT. */
    static String truthOf(String condition, PropertyResolver message) {
        if (matches(condition, message)) {
            return "TRUE";
        }
        return matches("NOT (" + condition + ")", message) ? "FALSE" : "UNKNOWN";
    }
}
