package io.sluice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordHashToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsAHashOfThePasswordOnStandardInput() throws Exception {
        int status = run("correct horse\n", "--iterations", "1000");

        assertThat(status).isEqualTo(PasswordHashTool.OK);
        PasswordHash hash = PasswordHash.parse(out().strip());
        assertThat(hash.iterations()).isEqualTo(1000);
        assertThat(hash.matches("correct horse".toCharArray())).isTrue();
    }

    @Test
    void withAUserNamePrintsALineTheSecurityFileAccepts() throws Exception {
        run("pw\n", "--iterations", "1000", "alice");
        Path file = dir.resolve("security.conf");
        Files.writeString(file, out());

        Principal alice = SecurityConfig.load(file).authenticator().authenticate("alice", "pw");

        assertThat(alice.user()).isEqualTo("alice");
    }

    @Test
    void usesTheDefaultIterationCountWhenNoneIsGiven() throws Exception {
        run("pw\n");

        assertThat(PasswordHash.parse(out().strip()).iterations()).isEqualTo(PasswordHash.DEFAULT_ITERATIONS);
    }

    @Test
    void refusesAnEmptyOrMissingPassword() throws Exception {
        assertThat(run("\n")).isEqualTo(PasswordHashTool.FAILED);
        assertThat(err()).contains("The password is empty");
        assertThat(run("")).isEqualTo(PasswordHashTool.FAILED);
        assertThat(err()).contains("No password on standard input");
        assertThat(out()).isEmpty();
    }

    @Test
    void rejectsBadArguments() throws Exception {
        assertThat(run("pw\n", "--iterations")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(run("pw\n", "--iterations", "lots")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(run("pw\n", "--iterations", "999")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(run("pw\n", "--rounds", "5")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(run("pw\n", "alice", "bob")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(run("pw\n", "al ice")).isEqualTo(PasswordHashTool.USAGE);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("--iterations needs a number", "not 'lots'", "at least 1000",
                "unexpected argument '--rounds'", "unexpected argument 'bob'", "'al ice' is not a valid user name",
                "usage: PasswordHashTool");
    }

    private int run(String stdin, String... args) throws Exception {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return PasswordHashTool.run(args, null, new BufferedReader(new StringReader(stdin)), o, e);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
