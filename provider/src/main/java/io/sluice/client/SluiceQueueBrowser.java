package io.sluice.client;

import io.sluice.client.transport.BrokerSession;
import io.sluice.message.MessageCodec;
import io.sluice.message.SluiceDestination;
import io.sluice.message.SluiceMessage;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A queue browser. Each enumeration is a snapshot of the queue's available messages taken when
 * it is created (at most {@link io.sluice.broker.ClientSession#MAX_BROWSE}); expired ones are left out.
 */
public class SluiceQueueBrowser implements QueueBrowser {

    private final SluiceSession session;
    private final BrokerSession broker;
    private final Queue queue;
    private final String selector;
    private volatile boolean closed;

    SluiceQueueBrowser(SluiceSession session, BrokerSession broker, Queue queue, String selector) {
        this.session = session;
        this.broker = broker;
        this.queue = queue;
        this.selector = selector == null || selector.isBlank() ? null : selector;
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw JmsExceptions.closed("browser");
        }
        session.checkOpen();
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return queue;
    }

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return selector;
    }

    @Override
    public Enumeration<Message> getEnumeration() throws JMSException {
        checkOpen();
        List<byte[]> snapshot = broker.browse((SluiceDestination) queue, selector);
        Iterator<byte[]> payloads = snapshot.iterator();
        return new Enumeration<>() {
            private Message next = advance();

            private Message advance() {
                long now = System.currentTimeMillis();
                while (payloads.hasNext()) {
                    SluiceMessage message = MessageCodec.decode(payloads.next());
                    long expiration = message.getJMSExpiration();
                    if (expiration == 0 || expiration > now) {
                        return message;
                    }
                }
                return null;
            }

            @Override
            public boolean hasMoreElements() {
                return next != null;
            }

            @Override
            public Message nextElement() {
                if (next == null) {
                    throw new NoSuchElementException("no more messages in this browser snapshot");
                }
                Message current = next;
                next = advance();
                return current;
            }
        };
    }

    @Override
    public void close() {
        closeLocally();
    }

    void closeLocally() {
        if (!closed) {
            closed = true;
            session.browserClosed(this);
        }
    }
}
