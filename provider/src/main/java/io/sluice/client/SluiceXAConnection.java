package io.sluice.client;

import io.sluice.client.transport.BrokerConnection;
import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XAQueueConnection;
import jakarta.jms.XAQueueSession;
import jakarta.jms.XASession;
import jakarta.jms.XATopicConnection;
import jakarta.jms.XATopicSession;

/** A connection whose XA sessions take part in global transactions; its plain sessions work as usual. */
public class SluiceXAConnection extends SluiceConnection implements XAConnection, XAQueueConnection, XATopicConnection {

    SluiceXAConnection(BrokerConnection broker, ClientOptions options, String administrativeClientId, String userName,
                       boolean queueOnly) {
        super(broker, options, administrativeClientId, userName, queueOnly);
    }

    @Override
    public XASession createXASession() throws JMSException {
        return createXASession(SluiceSession.Domain.ANY);
    }

    @Override
    public XAQueueSession createXAQueueSession() throws JMSException {
        return createXASession(SluiceSession.Domain.QUEUE);
    }

    @Override
    public XATopicSession createXATopicSession() throws JMSException {
        return createXASession(SluiceSession.Domain.TOPIC);
    }

    SluiceXASession createXASession(SluiceSession.Domain domain) throws JMSException {
        checkOpen();
        markUsed();
        return register(new SluiceXASession(this, broker().createSession(), domain));
    }
}
