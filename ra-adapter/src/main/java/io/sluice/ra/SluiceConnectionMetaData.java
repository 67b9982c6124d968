package io.sluice.ra;

import jakarta.jms.ConnectionMetaData;
import jakarta.jms.JMSException;
import jakarta.resource.spi.ManagedConnectionMetaData;

/** What a managed connection tells the container about the broker it is connected to. */
record SluiceConnectionMetaData(String productName, String productVersion, String user)
        implements ManagedConnectionMetaData {

    SluiceConnectionMetaData(ConnectionMetaData jms, String user) throws JMSException {
        this(jms.getJMSProviderName(), jms.getProviderVersion(), user);
    }

    @Override
    public String getEISProductName() {
        return productName;
    }

    @Override
    public String getEISProductVersion() {
        return productVersion;
    }

    /** No limit of Sluice's own: the pool's configuration decides. */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public String getUserName() {
        return user;
    }
}
