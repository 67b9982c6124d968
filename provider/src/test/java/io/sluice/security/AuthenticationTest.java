package io.sluice.security;

import static io.sluice.security.SecurityFiles.load;
import static io.sluice.security.SecurityFiles.userLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {

    @TempDir
    Path dir;

    @Test
    void rightPasswordGivesThePrincipalWithItsRoles() throws Exception {
        Authenticator authenticator = load(dir, userLine("alice", "wonder"), "user.alice.roles=admin, app")
                .authenticator();

        Principal alice = authenticator.authenticate("alice", "wonder");

        assertThat(alice).isEqualTo(new Principal("alice", Set.of("admin", "app"), false));
    }

    @Test
    void aUserWithoutRolesLineHasNoRoles() throws Exception {
        Authenticator authenticator = load(dir, userLine("bob", "builder")).authenticator();

        assertThat(authenticator.authenticate("bob", "builder").roles()).isEmpty();
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() throws Exception {
        Authenticator authenticator = load(dir, userLine("alice", "wonder")).authenticator();

        JMSSecurityException wrongPassword = catchThrowableOfType(JMSSecurityException.class, () -> authenticator.authenticate("alice", "wander"));
        JMSSecurityException unknownUser = catchThrowableOfType(JMSSecurityException.class, () -> authenticator.authenticate("mallory", "wonder"));
        JMSSecurityException noPassword = catchThrowableOfType(JMSSecurityException.class, () -> authenticator.authenticate("alice", null));

        assertThat(wrongPassword).hasMessage("Authentication failed: wrong user name or password");
        assertThat(unknownUser).hasMessage(wrongPassword.getMessage());
        assertThat(noPassword).hasMessage(wrongPassword.getMessage());
    }

    @Test
    void userNamesAreCaseSensitive() throws Exception {
        Authenticator authenticator = load(dir, userLine("alice", "wonder")).authenticator();

        assertThatThrownBy(() -> authenticator.authenticate("Alice", "wonder"))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anonymousAccessIsRefusedByDefault() throws Exception {
        Authenticator authenticator = load(dir, userLine("alice", "wonder")).authenticator();

        assertThat(catchThrowableOfType(JMSSecurityException.class, () -> authenticator.authenticate(null, null)))
                .hasMessageContaining("anonymous access is disabled");
        assertThat(catchThrowableOfType(JMSSecurityException.class, () -> authenticator.authenticate("", "")))
                .hasMessageContaining("anonymous access is disabled");
    }

    @Test
    void anonymousAccessCanBeSwitchedOffExplicitly() throws Exception {
        Authenticator authenticator = load(dir, "anonymous=false", "anonymous.roles=guest").authenticator();

        assertThatThrownBy(() -> authenticator.authenticate(null, null)).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anonymousAccessGivesTheAnonymousRoles() throws Exception {
        Authenticator authenticator = load(dir, "anonymous=true", "anonymous.roles=guest,reader").authenticator();

        Principal anonymous = authenticator.authenticate(null, null);

        assertThat(anonymous).isEqualTo(new Principal("anonymous", Set.of("guest", "reader"), true));
        assertThat(authenticator.authenticate("", null)).isEqualTo(anonymous);
    }

    @Test
    void anonymousWithoutRolesHasNone() throws Exception {
        Authenticator authenticator = load(dir, "anonymous=true").authenticator();

        assertThat(authenticator.authenticate(null, null).roles()).isEmpty();
    }

    @Test
    void anonymousAccessDoesNotExcuseWrongCredentials() throws Exception {
        Authenticator authenticator = load(dir, "anonymous=true", userLine("alice", "wonder")).authenticator();

        assertThatThrownBy(() -> authenticator.authenticate("alice", "wrong")).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> authenticator.authenticate("nobody", "x")).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void openAccessLetsEveryoneInUnderTheGivenName() throws Exception {
        Authenticator authenticator = SecurityConfig.openAccess().authenticator();

        assertThat(authenticator.authenticate("alice", "anything")).isEqualTo(new Principal("alice", Set.of(), false));
        assertThat(authenticator.authenticate(null, null)).isEqualTo(Principal.anonymous(Set.of()));
    }
}
