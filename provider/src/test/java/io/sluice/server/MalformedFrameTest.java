package io.sluice.server;

import io.sluice.protocol.FrameType;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A connection that breaks the protocol is closed; the broker and every other connection carry on. */
class MalformedFrameTest {

    private static final int MAX_FRAME_BYTES = 64 * 1024;

    @TempDir
    Path dataDir;
    TcpBroker broker;
    Connection healthy;
    Session session;
    Queue queue;

    @BeforeEach
    void start() throws Exception {
        broker = TcpBroker.start(TcpBroker.config(dataDir, null).withMaxFrameBytes(MAX_FRAME_BYTES));
        healthy = broker.factory().createConnection();
        session = healthy.createSession(Session.AUTO_ACKNOWLEDGE);
        queue = session.createQueue("q");
        healthy.start();
    }

    @AfterEach
    void stop() throws Exception {
        healthy.close();
        broker.close();
    }

    private void assertHealthyClientStillWorks(String body) throws Exception {
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(session.createTextMessage(body));
        assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo(body);
        consumer.close();
    }

    @Test
    void anUnknownFrameTypeClosesOnlyThatConnection() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.hello();
            assertThat(raw.readFrameType()).isEqualTo(FrameType.RESPONSE.code());
            raw.send(99, 2, new byte[0]);
            assertThat(raw.closedByServer()).isTrue();
        }
        assertHealthyClientStillWorks("after unknown type");
    }

    @Test
    void aTruncatedBodyClosesOnlyThatConnection() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.hello();
            assertThat(raw.readFrameType()).isEqualTo(FrameType.RESPONSE.code());
            // CREATE_SESSION needs a 4-byte session id; two bytes are not one
            raw.send(FrameType.CREATE_SESSION.code(), 2, new byte[] {0, 1});
            assertThat(raw.closedByServer()).isTrue();
        }
        assertHealthyClientStillWorks("after truncated body");
    }

    @Test
    void aFrameShorterThanItsHeaderClosesTheConnection() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.sendRaw(new byte[] {0, 0, 0, 2, 1, 0});
            assertThat(raw.closedByServer()).isTrue();
        }
        assertHealthyClientStillWorks("after short frame");
    }

    @Test
    void aCommandBeforeHelloClosesTheConnection() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.send(FrameType.CREATE_SESSION.code(), 1, new byte[] {0, 0, 0, 1});
            assertThat(raw.closedByServer()).isTrue();
        }
        assertHealthyClientStillWorks("after early command");
    }

    @Test
    void anOversizedFrameIsRefusedBeforeItIsRead() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.hello();
            assertThat(raw.readFrameType()).isEqualTo(FrameType.RESPONSE.code());
            // announces a gigabyte and sends none of it: the server must not wait for or buffer it
            raw.sendRaw(new byte[] {0x40, 0, 0, 0, FrameType.SEND.code()});
            assertThat(raw.closedByServer()).isTrue();
        }
        assertHealthyClientStillWorks("after oversized frame");
    }

    @Test
    void aMessageLargerThanTheServerAcceptsFailsTheSendAndKeepsTheConnection() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        assertThatThrownBy(() -> producer.send(session.createTextMessage("x".repeat(MAX_FRAME_BYTES))))
                .isInstanceOf(JMSException.class).hasMessageContaining("maxFrameBytes");
        assertHealthyClientStillWorks("after refused message");
    }
}
