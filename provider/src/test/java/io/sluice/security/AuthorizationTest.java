package io.sluice.security;

import static io.sluice.security.SecurityFiles.load;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthorizationTest {

    private static final Principal APP = new Principal("app", Set.of("app"), false);
    private static final Principal AUDITOR = new Principal("eve", Set.of("auditor"), false);
    private static final Principal NOBODY = new Principal("joe", Set.of(), false);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Permission.class)
    void eachPermissionIsAllowedOnlyByItsOwnGrant(Permission granted) throws Exception {
        Authorizer authorizer = load(dir, "grant." + granted.name().toLowerCase() + ".orders=app").authorizer();

        for (Permission permission : Permission.values()) {
            if (permission == granted) {
                assertThatCode(() -> authorizer.check(APP, permission, "orders", false)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> authorizer.check(APP, permission, "orders", false))
                        .isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void everythingIsDeniedWithoutAGrant(Permission permission) throws Exception {
        Authorizer authorizer = load(dir, "anonymous=true").authorizer();

        assertThatThrownBy(() -> authorizer.check(APP, permission, "orders", false))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aGrantCoversOnlyItsRoles() throws Exception {
        Authorizer authorizer = load(dir, "grant.send.orders=app,admin").authorizer();

        assertThatCode(() -> authorizer.check(APP, Permission.SEND, "orders", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> authorizer.check(AUDITOR, Permission.SEND, "orders", false))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> authorizer.check(NOBODY, Permission.SEND, "orders", false))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aGrantCoversOnlyTheDestinationsItsPatternMatches() throws Exception {
        Authorizer authorizer = load(dir, "grant.consume.orders.*=app").authorizer();

        assertThatCode(() -> authorizer.check(APP, Permission.CONSUME, "orders.eu", true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> authorizer.check(APP, Permission.CONSUME, "invoices.eu", true))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void grantsAddUp() throws Exception {
        Authorizer authorizer = load(dir,
                "grant.browse.#=auditor",
                "grant.browse.orders=app").authorizer();

        assertThatCode(() -> authorizer.check(AUDITOR, Permission.BROWSE, "orders", false)).doesNotThrowAnyException();
        assertThatCode(() -> authorizer.check(AUDITOR, Permission.BROWSE, "payroll", false)).doesNotThrowAnyException();
        assertThatCode(() -> authorizer.check(APP, Permission.BROWSE, "orders", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> authorizer.check(APP, Permission.BROWSE, "payroll", false))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aKindPrefixSeparatesAQueueFromATopicOfTheSameName() throws Exception {
        Authorizer authorizer = load(dir, "grant.send.queue:orders=app").authorizer();

        assertThatCode(() -> authorizer.check(APP, Permission.SEND, "orders", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> authorizer.check(APP, Permission.SEND, "orders", true))
                .isInstanceOf(JMSSecurityException.class)
                .hasMessage("Access denied: user 'app' may not send to topic 'orders'");
    }

    @Test
    void temporaryDestinationsAreCheckedUnderOneName() throws Exception {
        Authorizer authorizer = load(dir, "grant.create.queue:$temp=app").authorizer();

        assertThatCode(() -> authorizer.check(APP, Permission.CREATE, Authorizer.TEMPORARY_DESTINATIONS, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> authorizer.check(APP, Permission.CREATE, Authorizer.TEMPORARY_DESTINATIONS, true))
                .hasMessage("Access denied: user 'app' may not create temporary topics");
    }

    @Test
    void theDenialSaysWhoMayNotDoWhatWhere() throws Exception {
        Authorizer authorizer = load(dir, "grant.send.other=app").authorizer();

        assertThatThrownBy(() -> authorizer.check(APP, Permission.CONSUME, "orders", false))
                .hasMessage("Access denied: user 'app' may not consume from queue 'orders'");
        assertThatThrownBy(() -> authorizer.check(APP, Permission.BROWSE, "orders", false))
                .hasMessage("Access denied: user 'app' may not browse queue 'orders'");
    }

    @Test
    void anonymousClientsGetTheAnonymousRolesGrants() throws Exception {
        SecurityConfig config = load(dir, "anonymous=true", "anonymous.roles=guest", "grant.consume.news=guest");
        Principal anonymous = config.authenticator().authenticate(null, null);

        assertThatCode(() -> config.authorizer().check(anonymous, Permission.CONSUME, "news", true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> config.authorizer().check(anonymous, Permission.SEND, "news", true))
                .hasMessage("Access denied: user 'anonymous' may not send to topic 'news'");
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void openAccessAllowsEverything(Permission permission) {
        Authorizer authorizer = SecurityConfig.openAccess().authorizer();

        assertThatCode(() -> authorizer.check(NOBODY, permission, "anything", true)).doesNotThrowAnyException();
    }
}
