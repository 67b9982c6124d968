package io.sluice.client.transport;

import io.sluice.client.ConnectionUrl;
import io.sluice.client.transport.tcp.TcpTransport;
import jakarta.jms.JMSException;

/** Opens broker connections for one URL scheme. */
public interface Transport {

    BrokerConnection connect(ConnectionUrl url, String user, String password) throws JMSException;

    static Transport forUrl(ConnectionUrl url) throws JMSException {
        // ConnectionUrl admits no scheme but vm and tcp
        return url.inVm() ? new InVmTransport() : new TcpTransport();
    }
}
