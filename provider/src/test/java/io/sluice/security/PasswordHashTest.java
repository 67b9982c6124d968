package io.sluice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashTest {

    private static final int FAST = PasswordHash.MIN_ITERATIONS;

    @Test
    void matchesOnlyTheHashedPassword() {
        PasswordHash hash = PasswordHash.create("s3cret".toCharArray(), FAST);

        assertThat(hash.matches("s3cret".toCharArray())).isTrue();
        assertThat(hash.matches("s3cret ".toCharArray())).isFalse();
        assertThat(hash.matches("S3cret".toCharArray())).isFalse();
        assertThat(hash.matches(new char[0])).isFalse();
    }

    @Test
    void storedFormRoundTripsAndKeepsTheIterationCount() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), 1234);

        PasswordHash parsed = PasswordHash.parse(hash.toString());

        assertThat(hash.toString()).startsWith("pbkdf2-sha256:1234:");
        assertThat(parsed.iterations()).isEqualTo(1234);
        assertThat(parsed.toString()).isEqualTo(hash.toString());
        assertThat(parsed.matches("pw".toCharArray())).isTrue();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = PasswordHash.create("same".toCharArray(), FAST).toString();
        String second = PasswordHash.create("same".toCharArray(), FAST).toString();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theIterationCountIsPartOfTheHash() {
        String[] parts = PasswordHash.create("pw".toCharArray(), FAST).toString().split(":");
        String otherCount = parts[0] + ":" + (FAST + 1) + ":" + parts[2] + ":" + parts[3];

        assertThat(PasswordHash.parse(otherCount).matches("pw".toCharArray())).isFalse();
    }

    @Test
    void refusesToCreateACheapHash() {
        assertThatThrownBy(() -> PasswordHash.create("pw".toCharArray(), FAST - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the minimum of 1000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain-text-password                                                  | must look like pbkdf2-sha256:",
            "md5:1000:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNoaGFzaA                     | must look like pbkdf2-sha256:",
            "pbkdf2-sha256:1000:c2FsdHNhbHQ                                       | must look like pbkdf2-sha256:",
            "pbkdf2-sha256:many:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNoaGFzaA           | 'many' is not a number",
            "pbkdf2-sha256:999:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNoaGFzaA            | below the minimum",
            "pbkdf2-sha256:1000:not*base64:aGFzaGhhc2hoYXNoaGFzaA                 | salt is not valid Base64",
            "pbkdf2-sha256:1000:c2FsdA:aGFzaGhhc2hoYXNoaGFzaA                     | salt has 4 bytes",
            "pbkdf2-sha256:1000:c2FsdHNhbHRzYWx0:aGFzaA                           | hash has 4 bytes",
    })
    void rejectsMalformedStoredForms(String stored, String problem) {
        assertThatThrownBy(() -> PasswordHash.parse(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }
}
