package io.sluice.server;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static io.sluice.server.TestCertificates.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TLS between client and server, with key stores generated for the test; mutual TLS when the server asks. */
class TlsTest {

    @TempDir
    static Path certificates;

    @TempDir
    Path dataDir;

    static Path serverKeys;
    static Path clientKeys;
    static Path trustingServer;
    static Path trustingSomeoneElse;
    static Path trustingClient;

    @BeforeAll
    static void makeCertificates() throws Exception {
        TestCertificates make = new TestCertificates(certificates);
        serverKeys = make.keyStore("server");
        clientKeys = make.keyStore("client");
        trustingServer = make.trustStore("trusts-server", serverKeys);
        trustingSomeoneElse = make.trustStore("trusts-other", make.keyStore("other"));
        trustingClient = make.trustStore("trusts-client", clientKeys);
    }

    private TcpBroker start(TlsConfig tls) throws JMSException {
        return TcpBroker.start(TcpBroker.config(dataDir, null).withTls(tls));
    }

    private static String trust(Path store) {
        return "tls=true&trustStore=" + store + "&trustStorePassword=" + PASSWORD;
    }

    private static void roundTrip(SluiceConnectionFactory factory) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("secret")).send(session.createTextMessage("over TLS"));
            connection.start();
            TextMessage received = (TextMessage) session.createConsumer(session.createQueue("secret"))
                    .receive(RECEIVE_TIMEOUT);
            assertThat(received.getText()).isEqualTo("over TLS");
        }
    }

    @Test
    void aClientTrustingTheServerCertificateTalksToItOverTls() throws Exception {
        try (TcpBroker server = start(new TlsConfig(serverKeys, PASSWORD, null, null, false))) {
            roundTrip(server.factory(trust(trustingServer)));
        }
    }

    @Test
    void aClientThatDoesNotTrustTheServerIsToldTheHandshakeFailed() throws Exception {
        try (TcpBroker server = start(new TlsConfig(serverKeys, PASSWORD, null, null, false))) {
            assertThatThrownBy(() -> server.factory(trust(trustingSomeoneElse)).createConnection())
                    .isInstanceOf(JMSException.class).hasMessageContaining("TLS handshake")
                    .hasMessageContaining("failed");
            // the server goes on serving the clients it can
            roundTrip(server.factory(trust(trustingServer)));
        }
    }

    @Test
    void aPlainClientGetsNoAnswerFromATlsServerAndFailsClearly() throws Exception {
        try (TcpBroker server = start(new TlsConfig(serverKeys, PASSWORD, null, null, false))) {
            assertThatThrownBy(() -> server.factory().createConnection()).isInstanceOf(JMSException.class);
        }
    }

    @Test
    void mutualTlsLetsInOnlyClientsWithATrustedCertificate() throws Exception {
        try (TcpBroker server = start(new TlsConfig(serverKeys, PASSWORD, trustingClient, PASSWORD, true))) {
            assertThatThrownBy(() -> server.factory(trust(trustingServer)).createConnection())
                    .isInstanceOf(JMSException.class);
            roundTrip(server.factory(trust(trustingServer) + "&keyStore=" + clientKeys + "&keyStorePassword="
                    + PASSWORD));
        }
    }

    @Test
    void mistakesInTheTlsOptionsAreReported() throws Exception {
        try (TcpBroker server = start(TlsConfig.NONE)) {
            assertThatThrownBy(() -> server.factory("trustStore=/x.p12").createConnection())
                    .hasMessageContaining("needs tls=true");
            assertThatThrownBy(() -> server.factory("tls=true&trustStore=" + certificates.resolve("missing.p12"))
                    .createConnection()).isInstanceOf(JMSException.class).hasMessageContaining("missing.p12");
            assertThatThrownBy(() -> server.factory("tls=true&trustStore=" + trustingServer
                    + "&trustStorePassword=wrong").createConnection()).isInstanceOf(JMSException.class)
                    .hasMessageContaining("trusts-server.p12");
        }
        assertThatThrownBy(() -> new SluiceConnectionFactory("vm://tls-mistake?tls=true&dataDir=" + dataDir)
                .createConnection()).isInstanceOf(JMSException.class).hasMessageContaining("tcp://");
        assertThatThrownBy(() -> new TlsConfig(null, null, trustingClient, PASSWORD, true))
                .hasMessageContaining("tlsKeyStore");
    }
}
