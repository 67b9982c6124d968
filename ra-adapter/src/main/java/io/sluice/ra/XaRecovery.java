package io.sluice.ra;

import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;

import javax.transaction.xa.XAResource;
import java.util.ArrayList;
import java.util.List;

/** The XAResources the container's recovery asks for. */
final class XaRecovery {

    private XaRecovery() {
    }

    /**
     * One resource per activation, on a connection kept open until the adapter stops
     * ({@code connections} collects them): the container's recovery asks it for the prepared
     * branches of that broker and commits or rolls them back.
     */
    static XAResource[] resources(ActivationSpec[] specs, List<XAConnection> connections) throws ResourceException {
        List<XAResource> resources = new ArrayList<>();
        for (ActivationSpec spec : specs) {
            if (!(spec instanceof SluiceActivationSpec sluice)) {
                continue;
            }
            try {
                XAConnection connection = ProviderFactories.factory(sluice.url())
                        .createXAConnection(sluice.getUser(), sluice.getPassword());
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
