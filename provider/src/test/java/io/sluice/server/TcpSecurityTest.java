package io.sluice.server;

import io.sluice.security.PasswordHash;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server authenticates through the broker's authenticator and authorizes each call as in-VM. */
class TcpSecurityTest {

    @TempDir
    Path dir;
    TcpBroker broker;

    @BeforeEach
    void start() throws Exception {
        Path file = dir.resolve("security.conf");
        Files.writeString(file, String.join("\n",
                "user.app = " + PasswordHash.create("app-secret".toCharArray(), 1000),
                "user.app.roles = app",
                "grant.create.# = app",
                "grant.consume.queue:orders = app",
                ""));
        broker = TcpBroker.start(TcpBroker.config(dir.resolve("data"), file));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void wrongCredentialsAreRefusedWithJmsSecurityException() {
        assertThatThrownBy(() -> broker.factory().createConnection("app", "wrong"))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> broker.factory().createConnection())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aMissingPermissionIsRefusedWithJmsSecurityException() throws Exception {
        try (Connection connection = broker.factory().createConnection("app", "app-secret")) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createQueue("orders")).close();
            assertThatThrownBy(() -> session.createProducer(session.createQueue("orders")))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }
}
