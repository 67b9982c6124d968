package io.sluice.client;

import io.sluice.broker.JmsErrors;
import io.sluice.broker.OutgoingMessage;
import io.sluice.client.transport.BrokerSession;
import io.sluice.message.MessageCodec;
import io.sluice.message.MessageCopier;
import io.sluice.message.SluiceDestination;
import io.sluice.message.SluiceMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.ResourceAllocationException;

import java.util.concurrent.TimeUnit;

/**
 * Sends for one session: sets the headers a send sets (spec 3.4.11), turns the message into an
 * independent encoded copy, hands it to the broker (as a half message of the session's local
 * transaction in a transacted session), and blocks
 * while the broker refuses messages for a resource limit.
 */
final class MessageSender {

    private static final long FIRST_RETRY_PAUSE_MILLIS = 5;
    private static final long MAX_RETRY_PAUSE_MILLIS = 200;
    private static final String GROUP_ID = "JMSXGroupID";
    private static final String USER_ID = "JMSXUserID";

    private final SluiceSession session;
    private final BrokerSession broker;
    private final long blockTimeoutMillis;

    MessageSender(SluiceSession session, BrokerSession broker, long blockTimeoutMillis) {
        this.session = session;
        this.broker = broker;
        this.blockTimeoutMillis = blockTimeoutMillis;
    }

    void send(SluiceDestination destination, Message message, int deliveryMode, int priority, long timeToLive,
              SendOptions options, CompletionListener listener) throws JMSException {
        if (message == null) {
            throw new MessageFormatException("the message to send is null");
        }
        SendOptions.checkDeliveryMode(deliveryMode);
        SendOptions.checkPriority(priority);
        OutgoingMessage outgoing = stampAndEncode(destination, message, deliveryMode, priority, timeToLive, options);
        // the transaction a send belongs to is the one open when the application sent it
        String transaction = session.transactionForSend();
        if (listener == null) {
            // a synchronous send after asynchronous ones must not overtake them (spec 7.3.6)
            session.completions().awaitIdle();
            sendBlocking(outgoing, transaction);
            return;
        }
        session.completions().submit(() -> complete(message, listener, outgoing, transaction));
    }

    /**
     * Sends a persistent message with the default priority, no expiry and no delay, as a half message of the
     * broker-wide transaction {@code transaction} (a transactional producer's, not the session's).
     */
    void sendHalf(SluiceDestination destination, Message message, String transaction) throws JMSException {
        if (message == null) {
            throw new MessageFormatException("the message to send is null");
        }
        sendBlocking(stampAndEncode(destination, message, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, 0,
                new SendOptions()), transaction);
    }

    private void complete(Message message, CompletionListener listener, OutgoingMessage toSend, String transaction) {
        JMSException failure = null;
        try {
            sendBlocking(toSend, transaction);
        } catch (JMSException e) {
            failure = e;
        }
        notifyListener(message, listener, failure);
    }

    private void notifyListener(Message message, CompletionListener listener, JMSException failure) {
        SluiceSession.runAsCallback(session, () -> {
            if (failure == null) {
                listener.onCompletion(message);
            } else {
                listener.onException(message, failure);
            }
        });
    }

    private OutgoingMessage stampAndEncode(SluiceDestination destination, Message message, int deliveryMode,
                                           int priority, long timeToLive, SendOptions options) throws JMSException {
        long now = System.currentTimeMillis();
        long expiration = timeToLive > 0 ? now + timeToLive : 0;
        long deliveryDelay = options.deliveryDelay;
        message.setJMSDestination(destination);
        message.setJMSDeliveryMode(deliveryMode);
        message.setJMSPriority(priority);
        message.setJMSExpiration(expiration);
        message.setJMSDeliveryTime(now + Math.max(deliveryDelay, 0));
        message.setJMSTimestamp(options.disableTimestamp ? 0 : now);
        message.setJMSMessageID(options.disableMessageId ? null : session.connection().nextMessageId());
        message.setJMSRedelivered(false);
        SluiceMessage copy = MessageCopier.copyOf(message);
        String user = session.connection().userName();
        if (user != null) {
            copy.setProviderProperty(USER_ID, user);
        }
        byte[] payload;
        try {
            payload = MessageCodec.encode(copy);
        } catch (RuntimeException e) {
            MessageFormatException format = new MessageFormatException("cannot encode the message: " + e.getMessage());
            format.initCause(e);
            throw format;
        }
        return new OutgoingMessage(destination, payload, deliveryMode == DeliveryMode.PERSISTENT, priority,
                deliveryDelay > 0 ? now + deliveryDelay : 0, expiration, copy.getStringProperty(GROUP_ID));
    }

    /**
     * Sends the message, as a half message of {@code transaction} when that is not null. While the broker refuses
     * for a resource limit, retries with growing pauses up to the block timeout.
     */
    void sendBlocking(OutgoingMessage message, String transaction) throws JMSException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(blockTimeoutMillis);
        long pause = FIRST_RETRY_PAUSE_MILLIS;
        while (true) {
            Throwable failure;
            try {
                (transaction == null ? broker.send(message) : broker.sendInTransaction(transaction, message)).join();
                return;
            } catch (JMSException | RuntimeException e) {
                failure = e;
            }
            if (!JmsErrors.isResourceLimit(failure)) {
                throw JmsErrors.wrap("send failed", failure);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                ResourceAllocationException refused = new ResourceAllocationException("the broker refused the message"
                        + " for a resource limit for " + blockTimeoutMillis + " ms (sendBlockTimeout): "
                        + failure.getMessage());
                refused.initCause(failure);
                throw refused;
            }
            try {
                Thread.sleep(Math.min(pause, TimeUnit.NANOSECONDS.toMillis(remaining) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw JmsErrors.wrap("interrupted while the broker refused the message", e);
            }
            pause = Math.min(pause * 2, MAX_RETRY_PAUSE_MILLIS);
        }
    }
}
