package io.sluice.client;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlowControlTest {

    @TempDir
    Path dataDir;

    @Test
    void aProducerBlockedByAFullStoreGivesUpWithResourceAllocationException() throws Exception {
        SluiceConnectionFactory factory = Brokers.factory(dataDir,
                "segmentBytes=65536&maxDiskBytes=262144&sendBlockTimeout=300");
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession();
            MessageProducer producer = session.createProducer(session.createQueue("big"));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(new byte[16 * 1024]);
            int sent = 0;
            Throwable failure = null;
            while (failure == null && sent < 1000) {
                try {
                    producer.send(message);
                    sent++;
                } catch (ResourceAllocationException e) {
                    failure = e;
                }
            }
            assertThat(failure).isInstanceOf(ResourceAllocationException.class)
                    .hasMessageContaining("sendBlockTimeout");
            assertThat(sent).isPositive();
            // nothing accepted is lost: every message sent before the limit is still there
            connection.start();
            jakarta.jms.MessageConsumer consumer = session.createConsumer(session.createQueue("big"));
            for (int i = 0; i < sent; i++) {
                assertThat(consumer.receive(Brokers.RECEIVE_TIMEOUT)).isNotNull();
            }
        }
    }

    @Test
    void aNegativeBlockTimeoutIsRefused() {
        assertThatThrownBy(() -> Brokers.factory(dataDir, "sendBlockTimeout=-1").createConnection())
                .hasMessageContaining("sendBlockTimeout");
    }
}
