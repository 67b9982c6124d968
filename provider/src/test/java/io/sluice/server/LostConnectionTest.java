package io.sluice.server;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broker process that dies (SIGKILL) under its clients: every waiting call ends with a clear JMSException. */
class LostConnectionTest {

    private static final long LONG_RECEIVE = 120_000;
    private static final String LOST = "the connection to the broker at";

    @TempDir
    Path dataDir;

    @Test
    void sendsInFlightAndABlockedReceiveFailWhenTheBrokerDies() throws Exception {
        CompletableFuture<JMSException> told = new CompletableFuture<>();
        CompletableFuture<Object> receiveOutcome = new CompletableFuture<>();
        CompletableFuture<JMSException> sendFailure = new CompletableFuture<>();
        AtomicInteger sent = new AtomicInteger();
        try (BrokerProcess broker = BrokerProcess.run("--dataDir", dataDir.toString());
             Connection connection = broker.factory().createConnection()) {
            connection.setExceptionListener(told::complete);
            Session receiving = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = receiving.createConsumer(receiving.createQueue("nothing-here"));
            connection.start();
            Thread receiver = new Thread(() -> {
                try {
                    receiveOutcome.complete(String.valueOf(consumer.receive(LONG_RECEIVE)));
                } catch (JMSException e) {
                    receiveOutcome.complete(e);
                }
            }, "receiver");
            Session sending = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = sending.createProducer(sending.createQueue("q"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            Thread sender = new Thread(() -> {
                try {
                    while (true) {
                        producer.send(sending.createTextMessage("m"));
                        sent.incrementAndGet();
                    }
                } catch (JMSException e) {
                    sendFailure.complete(e);
                }
            }, "sender");
            receiver.start();
            sender.start();
            while (sent.get() < 20) {
                Thread.sleep(10);
            }
            broker.kill();

            // "... was lost" or "... broke: Connection reset", depending on how the socket learns it
            assertThat(told.get(60, TimeUnit.SECONDS)).hasMessageContaining(LOST);
            assertThat(sendFailure.get(60, TimeUnit.SECONDS)).hasMessageContaining(LOST);
            // ends long before its own timeout: nothing can come on a lost connection
            assertThat(receiveOutcome.get(60, TimeUnit.SECONDS)).isInstanceOf(JMSException.class)
                    .asString().contains("receive failed").contains(LOST);
            assertThatThrownBy(() -> sending.createProducer(sending.createQueue("q"))
                    .send(sending.createTextMessage("after"))).isInstanceOf(JMSException.class)
                    .hasMessageContaining(LOST);
        }
    }
}
