package io.sluice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationPatternTest {

    @ParameterizedTest
    @CsvSource({
            "orders,            orders,           true",
            "orders,            orders.eu,        false",
            "orders,            order,            false",
            "orders.*,          orders.eu,        true",
            "orders.*,          orders,           false",
            "orders.*,          orders.eu.paris,  false",
            "orders.#,          orders,           true",
            "orders.#,          orders.eu,        true",
            "orders.#,          orders.eu.paris,  true",
            "orders.#,          ordersx,          false",
            "#,                 anything.at.all,  true",
            "*.audit,           orders.audit,     true",
            "*.audit,           orders.eu.audit,  false",
            "#.audit,           orders.eu.audit,  true",
            "#.audit,           audit,            true",
            "a.#.b.#.c,         a.x.b.y.z.c,      true",
            "a.#.b.#.c,         a.b.c,            true",
            "a.#.b.#.c,         a.c.b,            false",
            "*,                 $temp,            true",
    })
    void matchesSegmentsWithStarAndHash(String pattern, String name, boolean expected) {
        DestinationPattern parsed = DestinationPattern.parse(pattern);

        assertThat(parsed.matches(name, false)).isEqualTo(expected);
        assertThat(parsed.matches(name, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "queue:orders.#, false, true",
            "queue:orders.#, true,  false",
            "topic:orders.#, true,  true",
            "topic:orders.#, false, false",
    })
    void kindPrefixRestrictsToQueuesOrTopics(String pattern, boolean topic, boolean expected) {
        assertThat(DestinationPattern.parse(pattern).matches("orders.eu", topic)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "queue:", "orders..eu", ".orders", "orders.", "orders*", "ord#ers.eu", "**"})
    void rejectsMalformedPatterns(String pattern) {
        assertThatThrownBy(() -> DestinationPattern.parse(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void aLiteralPatternMatchesOnlyItself(@ForAll @AlphaChars @StringLength(min = 1, max = 5) String a,
                                          @ForAll @AlphaChars @StringLength(min = 1, max = 5) String b) {
        DestinationPattern pattern = DestinationPattern.parse(a + "." + b);

        assertThat(pattern.matches(a + "." + b, false)).isTrue();
        assertThat(pattern.matches(b + "." + a, false)).isEqualTo(a.equals(b));
        assertThat(pattern.matches(a, false)).isFalse();
        assertThat(pattern.matches(a + "." + b + ".x", false)).isFalse();
    }

    @Property(tries = 200)
    void hashMatchesEveryName(@ForAll @StringLength(max = 30) String name) {
        assertThat(DestinationPattern.parse("#").matches(name, true)).isTrue();
    }
}
