package io.sluice.message;

import java.util.Locale;
import java.util.Set;

/**
 * Which names a message property may have: a message selector identifier (JMS 3.8.1.1), so a Java identifier
 * that is not a selector keyword, and not the name of a header field, which a selector would read instead of
 * the property.
 */
final class PropertyNames {
    private static final Set<String> SELECTOR_KEYWORDS = Set.of(
            "NULL", "TRUE", "FALSE", "NOT", "AND", "OR", "BETWEEN", "LIKE", "IN", "IS", "ESCAPE");

    private PropertyNames() {
    }

    static void requireValid(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a property name must not be null or empty");
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            throw new IllegalArgumentException("property name '" + name
                    + "' is not a valid identifier: it must start with a Java identifier start character");
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                throw new IllegalArgumentException("property name '" + name + "' is not a valid identifier: character "
                        + (i + 1) + " is not a Java identifier part");
            }
        }
        // selector keywords are case insensitive, so "and" is as ambiguous as "AND"
        if (SELECTOR_KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("property name '" + name + "' is a message selector keyword");
        }
        if (HeaderFields.isHeaderField(name)) {
            throw new IllegalArgumentException("'" + name + "' is a message header field, not a property name");
        }
    }
}
