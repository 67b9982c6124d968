package io.sluice.ra;

import io.sluice.client.SluiceXAConnectionFactory;

/**
 * The Sluice client factory the adapter's physical connections come from: the XA factory, whose
 * connections also make plain sessions.
 */
final class ProviderFactories {

    private ProviderFactories() {
    }

    static SluiceXAConnectionFactory factory(String url) {
        return new SluiceXAConnectionFactory(url);
    }
}
