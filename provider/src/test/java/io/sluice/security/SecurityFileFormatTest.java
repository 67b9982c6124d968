package io.sluice.security;

import static io.sluice.security.SecurityFiles.load;
import static io.sluice.security.SecurityFiles.userLine;
import static io.sluice.security.SecurityFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityFileFormatTest {

    private static final String GOOD_HASH = PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS)
            .toString();

    @TempDir
    Path dir;

    @Test
    void commentsBlankLinesSpacesAndWindowsLineEndsAreAccepted() throws Exception {
        Path file = dir.resolve("windows.conf");
        String text = "\uFEFF# users\r\n\r\n   user.alice = " + GOOD_HASH + "  \r\n"
                + "  # roles\r\nuser.alice.roles =  app ,admin\r\ngrant.send.# = app\r\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);

        SecurityConfig config = SecurityConfig.load(file);

        Principal alice = config.authenticator().authenticate("alice", "pw");
        config.authorizer().check(alice, Permission.SEND, "orders", false);
        assertThat(alice.roles()).containsExactlyInAnyOrder("app", "admin");
    }

    @Test
    void anEmptyFileDeniesEverything() throws Exception {
        SecurityConfig config = load(dir);

        assertThatThrownBy(() -> config.authenticator().authenticate(null, null))
                .hasMessageContaining("anonymous access is disabled");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no equals sign                 | anonymous                          | expected <key>=<value>",
            "empty key                      | =true                              | the key before '=' is empty",
            "white space in key             | user.al ice=x                      | contains white space",
            "unknown key                    | users.alice=x                      | unknown key 'users.alice'",
            "anonymous not boolean          | anonymous=yes                      | must be true or false, not 'yes'",
            "empty user name                | user.=x                            | '' is not a valid user or role name",
            "bad user name                  | user.al/ice=x                      | 'al/ice' is not a valid",
            "plain password                 | user.alice=secret                  | bad password hash for 'user.alice'",
            "empty role in list             | grant.send.x=a,,b                  | '' is not a valid user or role name",
            "bad role name                  | grant.send.x=a b                   | 'a b' is not a valid",
            "grant without pattern          | grant.send=app                     | expected grant.<permission>.<pattern>",
            "unknown permission             | grant.publish.orders=app           | unknown permission 'publish'",
            "empty pattern                  | grant.send.=app                    | the destination pattern is empty",
            "wildcard inside a segment      | grant.send.orders*=app             | wildcard inside the segment 'orders*'",
            "grant to nobody                | grant.send.orders=                 | grants to no role",
    })
    void aMalformedLineIsReportedWithFileAndLineNumber(String description, String line, String problem)
            throws Exception {
        Path file = write(dir, "# a comment", "", "anonymous.roles=guest", line, "grant.consume.#=guest");

        InvalidSecurityFileException error = catchThrowableOfType(InvalidSecurityFileException.class,
                () -> SecurityConfig.load(file));

        assertThat(error.file()).isEqualTo(file);
        assertThat(error.line()).isEqualTo(4);
        assertThat(error).hasMessageStartingWith(file + ":4: ").hasMessageContaining(problem);
    }

    @Test
    void aDuplicateKeyNamesBothLines() throws Exception {
        Path file = write(dir, "anonymous=true", "grant.send.a=x", "anonymous=false");

        assertThatThrownBy(() -> SecurityConfig.load(file))
                .isInstanceOf(InvalidSecurityFileException.class)
                .hasMessage(file + ":3: 'anonymous' is already set on line 1");
    }

    @Test
    void rolesForAnUndefinedUserAreAnError() throws Exception {
        Path file = write(dir, userLine("alice", "pw"), "user.alcie.roles=app");

        assertThatThrownBy(() -> SecurityConfig.load(file))
                .isInstanceOf(InvalidSecurityFileException.class)
                .hasMessage(file + ":2: roles for user 'alcie', who has no user.alcie=<password hash> line");
    }

    @Test
    void aLineThatIsNotUtf8IsAnError() throws Exception {
        Path file = dir.resolve("latin1.conf");
        Files.write(file, "anonymous=true\nanonymous.roles=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> SecurityConfig.load(file))
                .isInstanceOf(InvalidSecurityFileException.class)
                .hasMessage(file + ":2: the line is not valid UTF-8");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.conf");

        assertThatThrownBy(() -> SecurityConfig.load(file))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("the security file does not exist");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> SecurityConfig.load(dir)).isInstanceOf(IOException.class);
    }
}
