package io.sluice.ra;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.XAConnectionFactory;

/** The Sluice client factories the adapter's physical connections come from. */
final class ProviderFactories {

    private ProviderFactories() {
    }

    static ConnectionFactory connectionFactory(String url) {
        return new SluiceConnectionFactory(url);
    }

    /** Whether the client in use offers XA (whatever the URL: both transports carry the same sessions). */
    static boolean offersXa() {
        return XAConnectionFactory.class.isAssignableFrom(SluiceConnectionFactory.class);
    }

    /** The XA-capable factory for this URL, or null when the client in use offers no XA. */
    static XAConnectionFactory xaConnectionFactory(String url) {
        ConnectionFactory factory = connectionFactory(url);
        return factory instanceof XAConnectionFactory xa ? xa : null;
    }
}
