package io.sluice.selector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.sluice.selector.TestMessages.message;
import static io.sluice.selector.TestMessages.truthOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JMS 3.8.1.2, tables 3-4 to 3-6, with the operands taken from properties: t is TRUE, f is FALSE and u is absent,
 * so NULL, so UNKNOWN.
 */
class ThreeValuedLogicTest {
    private static final TestMessages.MapMessage MESSAGE = message("t", true, "f", false);

    @ParameterizedTest(name = "{0} AND {1} = {2}")
    @CsvSource({
            "t, t, TRUE", "t, f, FALSE", "t, u, UNKNOWN",
            "f, t, FALSE", "f, f, FALSE", "f, u, FALSE",
            "u, t, UNKNOWN", "u, f, FALSE", "u, u, UNKNOWN"})
    void and(String left, String right, String expected) {
        assertThat(truthOf(left + " AND " + right, MESSAGE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} OR {1} = {2}")
    @CsvSource({
            "t, t, TRUE", "t, f, TRUE", "t, u, TRUE",
            "f, t, TRUE", "f, f, FALSE", "f, u, UNKNOWN",
            "u, t, TRUE", "u, f, UNKNOWN", "u, u, UNKNOWN"})
    void or(String left, String right, String expected) {
        assertThat(truthOf(left + " OR " + right, MESSAGE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "NOT {0} = {1}")
    @CsvSource({"t, FALSE", "f, TRUE", "u, UNKNOWN"})
    void not(String operand, String expected) {
        assertThat(truthOf("NOT " + operand, MESSAGE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // chains are one node: each operand still counts
            "t AND t AND t AND u, UNKNOWN",
            "t AND u AND f AND t, FALSE",
            "f OR u OR f, UNKNOWN",
            "f OR u OR t OR f, TRUE",
            // NOT binds tighter than AND, AND tighter than OR
            "NOT t AND f, FALSE",
            "NOT (t AND f), TRUE",
            "t OR t AND f, TRUE",
            "(t OR t) AND f, FALSE",
            "f AND f OR t, TRUE",
            "t AND NOT f, TRUE",
            "NOT NOT u, UNKNOWN",
            "NOT NOT NOT f, TRUE",
            // comparisons yield the same three values
            "t AND x = 1, UNKNOWN",
            "f AND x = 1, FALSE",
            "t OR x = 1, TRUE",
            "(t = TRUE) AND (f = FALSE), TRUE",
            "u = TRUE OR u IS NULL, TRUE",
            "(myTrueProp OR myFalseProp) AND myFalseProp, UNKNOWN"})
    void compound(String condition, String expected) {
        assertThat(truthOf(condition, MESSAGE)).isEqualTo(expected);
    }
}
