package io.sluice.ra;

import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XAConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;

import javax.transaction.xa.XAResource;
import java.util.ArrayList;
import java.util.List;

/** The XAResources the container's recovery asks for: one XA session per broker the activations use. */
final class XaRecovery {

    private XaRecovery() {
    }

    /**
     * One resource per activation's broker, on a connection kept open until the adapter stops
     * ({@code connections} collects them). Without an XA client nothing can be in doubt: no resources.
     */
    static XAResource[] resources(ActivationSpec[] specs, List<XAConnection> connections) throws ResourceException {
        List<XAResource> resources = new ArrayList<>();
        for (ActivationSpec spec : specs) {
            if (!(spec instanceof SluiceActivationSpec sluice)) {
                continue;
            }
            XAConnectionFactory factory = ProviderFactories.xaConnectionFactory(sluice.url());
            if (factory == null) {
                continue;
            }
            try {
                XAConnection connection = factory.createXAConnection(sluice.getUser(), sluice.getPassword());
                connections.add(connection);
                resources.add(connection.createXASession().getXAResource());
            } catch (JMSException e) {
                throw new ResourceException("Sluice could not open a recovery connection to " + sluice.url() + ": "
                        + e.getMessage(), e);
            }
        }
        return resources.toArray(new XAResource[0]);
    }
}
