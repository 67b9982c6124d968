package io.sluice.selector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LIKE patterns compiled to matchers, including the shapes that take a shortcut and hostile patterns. */
class LikePatternTest {

    @ParameterizedTest(name = "{0} ESCAPE [{1}] on [{2}] = {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", ignoreLeadingAndTrailingWhitespace = false, value = {
            // exact, prefix, suffix, contains, anything
            "abc|NONE|abc|true", "abc|NONE|abcd|false", "abc|NONE|ab|false", "|NONE||true", "|NONE|a|false",
            "ab%|NONE|ab|true", "ab%|NONE|abzzz|true", "ab%|NONE|a|false", "ab%|NONE|xab|false",
            "%yz|NONE|yz|true", "%yz|NONE|xxyz|true", "%yz|NONE|yzx|false",
            "%mid%|NONE|mid|true", "%mid%|NONE|a mid b|true", "%mid%|NONE|mi d|false",
            "%|NONE||true", "%|NONE|anything|true", "%%%|NONE|x|true", "%%|NONE||true",
            // the general matcher
            "a%b%c|NONE|abc|true", "a%b%c|NONE|aXbYc|true", "a%b%c|NONE|acb|false", "a%b%c|NONE|abcX|false",
            "a_c|NONE|abc|true", "a_c|NONE|ac|false", "a_c|NONE|abbc|false", "___|NONE|abc|true",
            "___|NONE|ab|false", "_%|NONE||false", "_%|NONE|a|true", "%_|NONE|a|true", "%a_|NONE|xab|true",
            "%a%a%|NONE|aa|true", "%a%a%|NONE|a|false", "%ab%ab|NONE|abab|true", "%ab%ab|NONE|ababa|false",
            "a%%b|NONE|ab|true", "%b_|NONE|bbb|true", "12%3|NONE|12993|true", "12%3|NONE|1234|false",
            // regular expression metacharacters stand for themselves
            ".*|NONE|.*|true", ".*|NONE|ab|false", "[a-z]|NONE|[a-z]|true", "[a-z]|NONE|q|false",
            "(x)|NONE|(x)|true", "a+b?|NONE|a+b?|true", "a+b?|NONE|aab|false", "^$|NONE|^$|true", "^$|NONE||false",
            "\\d%|NONE|\\d1|true", "\\d%|NONE|1|false", "x{1,2}|NONE|x{1,2}|true",
            "%\\Q.\\E%|NONE|a\\Q.\\Eb|true", "$1%|NONE|$1x|true", "%.%|NONE|a.b|true", "%.%|NONE|ab|false",
            // escapes
            "\\_%|\\|_foo|true", "\\_%|\\|bar|false", "\\%|\\|%|true", "\\%|\\|x|false", "a\\\\b|\\|a\\b|true",
            "\\__\\%%|\\|_a%b|true", "%\\%|\\|100%|true", "%\\%|\\|100|false",
            "A_fo_A%f%|A|_foo%foo|true", "A%fooA_|A|_foo%|false", "A%fooA_|A|%foo_|true", "AA|A|A|true",
            "%%|%|%|true", "%%|%|x|false", "__|_|_|true", "__%|_|_x|true", ".%|.|%|true", ".%|.|x|false",
            "x.%|.|x%|true", "%😀%|😀|%|true",
            // characters are code points
            "a_c|NONE|a😀c|true", "a__c|NONE|a😀c|false", "%😀|NONE|x😀|true", "😀%|NONE|😀x|true",
            "_|NONE|😀|true", "%_😀_%|NONE|a😀😀😀a|true"})
    void matches(String pattern, String escape, String value, boolean expected) throws Exception {
        LikePattern compiled = LikePattern.compile(pattern == null ? "" : pattern,
                escape == null ? -1 : escape.codePointAt(0));
        assertThat(compiled.matches(value == null ? "" : value)).isEqualTo(expected);
    }

    @Test
    void patternsThatMakeBacktrackingRegexesBlowUpAreLinearEnough() throws Exception {
        String value = "a".repeat(20_000);
        assertThat(LikePattern.compile("%a%a%a%a%a%a%a%a%a%a%a%a%b", -1).matches(value)).isFalse();
        assertThat(LikePattern.compile("%a%a%a%a%a%a%a%a%a%a%a%a%", -1).matches(value)).isTrue();
        assertThat(LikePattern.compile("_%_%_%_%_%_%_%_%_%_%_%b", -1).matches(value)).isFalse();
    }

    @Test
    void escapeMustBeFollowedByAWildcardOrItself() {
        assertThatThrownBy(() -> LikePattern.compile("a!", '!')).isInstanceOf(MalformedLiteralException.class)
                .hasMessage("LIKE pattern 'a!' ends with the escape character");
        assertThatThrownBy(() -> LikePattern.compile("!x", '!')).isInstanceOf(MalformedLiteralException.class)
                .hasMessageContaining("followed by 'x'");
        assertThatThrownBy(() -> LikePattern.compile("it''s!", '!'))
                .hasMessage("LIKE pattern 'it''''s!' ends with the escape character");
    }

    @Test
    void showsItselfAsWritten() throws Exception {
        assertThat(LikePattern.compile("a%", -1)).hasToString("'a%'");
        assertThat(LikePattern.compile("it's\\%", '\\')).hasToString("'it''s\\%' ESCAPE '\\'");
    }
}
