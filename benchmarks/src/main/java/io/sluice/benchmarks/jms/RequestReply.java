package io.sluice.benchmarks.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import java.util.concurrent.TimeoutException;

/**
 * Round trips: a requester sends to a service queue with JMSReplyTo naming its temporary queue and waits for
 * the answer before sending the next; a responder on its own connection answers each request.
 */
final class RequestReply {

    private RequestReply() {
    }

    static CellResult run(ConnectionFactory factory, Workload workload, String serviceQueue) throws Exception {
        int roundTrips = Math.max(1, workload.messages() / 10);
        LatencyRecorder latency = new LatencyRecorder();
        byte[] body = new byte[workload.bodyBytes()];
        long deadline = System.nanoTime() + workload.timeout().toNanos();
        try (Connection service = factory.createConnection(); Connection client = factory.createConnection()) {
            Session serviceSession = service.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue requests = serviceSession.createQueue(serviceQueue);
            MessageProducer replies = serviceSession.createProducer(null);
            replies.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            serviceSession.createConsumer(requests).setMessageListener(request -> answer(serviceSession, replies, request));
            service.start();

            Session clientSession = client.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replyTo = clientSession.createTemporaryQueue();
            MessageConsumer answers = clientSession.createConsumer(replyTo);
            MessageProducer asks = clientSession.createProducer(clientSession.createQueue(serviceQueue));
            asks.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            client.start();
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                BytesMessage request = clientSession.createBytesMessage();
                request.writeBytes(body);
                request.setJMSReplyTo(replyTo);
                long sentAt = System.nanoTime();
                asks.send(request);
                if (answers.receive(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)) == null) {
                    throw new TimeoutException("no reply to request " + i);
                }
                latency.recordSince(sentAt);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new CellResult(roundTrips / seconds, latency.histogram());
        }
    }

    private static void answer(Session session, MessageProducer replies, Message request) {
        try {
            replies.send(request.getJMSReplyTo(), session.createTextMessage("ok"));
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("the responder could not reply", e);
        }
    }
}
