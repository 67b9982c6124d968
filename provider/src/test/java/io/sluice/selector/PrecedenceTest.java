package io.sluice.selector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How selectors are grouped (JMS 3.8.1.1: arithmetic, then comparison, then NOT, AND, OR; left to right within a
 * level), shown by the fully parenthesised canonical form, which must also mean the same when parsed again.
 */
class PrecedenceTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', value = {
            "a OR b AND c                         | (a OR (b AND c))",
            "a AND b OR c AND d                   | ((a AND b) OR (c AND d))",
            "a OR b OR c                          | (a OR b OR c)",
            "a AND b AND c                        | (a AND b AND c)",
            "(a OR b) AND c                       | ((a OR b) AND c)",
            "NOT a AND b                          | ((NOT a) AND b)",
            "NOT a OR b                           | ((NOT a) OR b)",
            "NOT NOT a                            | (NOT (NOT a))",
            "NOT a = 1                            | (NOT (a = 1))",
            "NOT a BETWEEN 1 AND 2                | (NOT (a BETWEEN 1 AND 2))",
            "a = 1 AND b = 2 OR c = 3             | (((a = 1) AND (b = 2)) OR (c = 3))",
            "a + b * c = d                        | ((a + (b * c)) = d)",
            "a * b + c = d                        | (((a * b) + c) = d)",
            "a - b - c = 0                        | (((a - b) - c) = 0)",
            "a / b * c = 0                        | (((a / b) * c) = 0)",
            "a - (b - c) = 0                      | ((a - (b - c)) = 0)",
            "-a * b = 0                           | (((-a) * b) = 0)",
            "- - a = 1                            | ((-(-a)) = 1)",
            "+a = 1                               | ((+a) = 1)",
            "-(a + b) = 1                         | ((-(a + b)) = 1)",
            "- myProp0 + myProp1 = 0              | (((-myProp0) + myProp1) = 0)",
            "myProp0+myProp1*myProp2-myProp3/myProp4 = 6 | (((myProp0 + (myProp1 * myProp2)) - (myProp3 / myProp4)) = 6)",
            "a + 1 > b * 2                        | ((a + 1) > (b * 2))",
            "a BETWEEN 1 AND 2 AND b              | ((a BETWEEN 1 AND 2) AND b)",
            "a BETWEEN -1 + 2 AND 3 * 4           | (a BETWEEN (-1 + 2) AND (3 * 4))",
            "a NOT BETWEEN b AND c OR d           | ((a NOT BETWEEN b AND c) OR d)",
            "a between 1 and 2 or not b is null   | ((a BETWEEN 1 AND 2) OR (NOT (b IS NULL)))",
            "a IS NOT NULL AND b IS NULL          | ((a IS NOT NULL) AND (b IS NULL))",
            "a in ('x','y''z') or b not in ('w')  | ((a IN ('x', 'y''z')) OR (b NOT IN ('w')))",
            "a like 'x%' escape '!'               | (a LIKE 'x%' ESCAPE '!')",
            "a NOT LIKE '_'                       | (a NOT LIKE '_')",
            "(a) LIKE 'x'                         | (a LIKE 'x')",
            "((a = 1))                            | (a = 1)",
            "(a = 1) = (b = 2)                    | ((a = 1) = (b = 2))",
            "flag                                 | flag",
            "true                                 | TRUE",
            "-5 = a                               | (-5 = a)",
            "- 5 = a                              | (-5 = a)",
            "+5 = a                               | (5 = a)",
            "-(5) = a                             | ((-(5)) = a)",
            "+(5) = a                             | ((+(5)) = a)",
            "a = 2147483647                       | (a = 2147483647)",
            "a = 2147483648                       | (a = 2147483648L)",
            "a = -2147483648                      | (a = -2147483648)",
            "a = 5L                               | (a = 5L)",
            "a = 0x1F                             | (a = 31)",
            "a = 010                              | (a = 8)",
            "a = 0b101L                           | (a = 5L)",
            "a = 7.                               | (a = 7.0)",
            "a = .5                               | (a = 0.5)",
            "a = 1e10                             | (a = 1.0E10)",
            "a = 1.5f                             | (a = 1.5F)",
            "a = 57.5D                            | (a = 57.5)",
            "a = -0.0                             | (a = -0.0)",
            "s = 'it''s'                          | (s = 'it''s')"})
    void grouping(String selector, String canonical) throws Exception {
        Selector parsed = Selector.parse(selector);
        assertThat(parsed.canonicalForm()).isEqualTo(canonical);
        assertThat(Selector.parse(canonical).canonicalForm()).as("canonical form parsed again").isEqualTo(canonical);
    }
}
