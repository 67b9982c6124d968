package io.sluice.client;

import io.sluice.broker.EmbeddedBrokers;
import io.sluice.security.PasswordHash;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityIntegrationTest {

    @TempDir
    Path dataDir;
    SluiceConnectionFactory factory;

    @BeforeEach
    void secureBroker() throws Exception {
        Path file = dataDir.resolve("security.conf");
        Files.writeString(file, String.join("\n",
                "user.app = " + PasswordHash.create("app-secret".toCharArray(), 1000),
                "user.app.roles = app",
                "user.reader = " + PasswordHash.create("reader-secret".toCharArray(), 1000),
                "user.reader.roles = reader",
                "grant.create.# = app",
                "grant.send.queue:orders = app",
                "grant.consume.queue:orders = app, reader",
                "grant.create.$temp = app",
                "grant.consume.$temp = app",
                ""));
        // keepAlive: the broker and its security configuration outlive the failed connection attempts
        factory = Brokers.factory(dataDir.resolve("data"), "securityConfig=" + file + "&keepAlive=true");
    }

    @Test
    void wrongCredentialsAreRefusedWhenConnecting() {
        assertThatThrownBy(() -> factory.createConnection("app", "wrong")).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createContext("nobody", "x")).isInstanceOf(JMSSecurityRuntimeException.class);
    }

    @Test
    void permissionsAreCheckedPerDestinationAndOperation() throws Exception {
        try (Connection app = factory.createConnection("app", "app-secret");
             Connection reader = factory.createConnection("reader", "reader-secret")) {
            Session appSession = app.createSession();
            appSession.createProducer(appSession.createQueue("orders")).send(appSession.createTextMessage("o1"));
            appSession.createTemporaryQueue();

            Session readerSession = reader.createSession();
            assertThatThrownBy(() -> readerSession.createProducer(readerSession.createQueue("orders")))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> readerSession.createConsumer(readerSession.createTopic("orders")))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(readerSession::createTemporaryQueue).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> readerSession.createBrowser(readerSession.createQueue("orders")).getEnumeration())
                    .isInstanceOf(JMSSecurityException.class);
            MessageConsumer consumer = readerSession.createConsumer(readerSession.createQueue("orders"));
            reader.start();
            TextMessage received = (TextMessage) consumer.receive(Brokers.RECEIVE_TIMEOUT);
            assertThat(received.getText()).isEqualTo("o1");
            assertThat(received.getStringProperty("JMSXUserID")).isEqualTo("app");
        }
    }

    @AfterEach
    void stopBroker() {
        EmbeddedBrokers.shutdown(ConnectionUrl.parse(factory.getUrl()).authority());
    }
}
