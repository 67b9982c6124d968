package io.sluice.client.transport;

import io.sluice.client.ConnectionUrl;
import jakarta.jms.JMSException;

/** Opens broker connections for one URL scheme. */
public interface Transport {

    BrokerConnection connect(ConnectionUrl url, String user, String password) throws JMSException;

    static Transport forUrl(ConnectionUrl url) throws JMSException {
        if (url.inVm()) {
            return new InVmTransport();
        }
        throw new JMSException("the " + url.scheme() + " transport is not available in this version; use vm://");
    }
}
