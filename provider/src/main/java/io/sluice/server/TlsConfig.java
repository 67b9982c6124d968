package io.sluice.server;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.sluice.tls.KeyStores;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The server's TLS settings: none ({@link #NONE}, plain TCP), or the key store holding its key and
 * certificate, plus, for mutual TLS, the trust store of the client certificates it accepts.
 */
public record TlsConfig(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword,
                        boolean clientAuthRequired) {

    public static final TlsConfig NONE = new TlsConfig(null, null, null, null, false);

    public TlsConfig {
        if (keyStore == null && (trustStore != null || clientAuthRequired)) {
            throw new IllegalArgumentException("tlsTrustStore and tlsClientAuth need tlsKeyStore: TLS is on only"
                    + " with the server's own key");
        }
        if (clientAuthRequired && trustStore == null) {
            throw new IllegalArgumentException("tlsClientAuth=require needs tlsTrustStore, the certificates of the"
                    + " clients to accept");
        }
    }

    public boolean enabled() {
        return keyStore != null;
    }

    /** @throws IOException naming the file when a store cannot be read or its password is wrong */
    SslContext serverContext() throws IOException {
        try {
            SslContextBuilder builder = SslContextBuilder.forServer(KeyStores.keyManagers(keyStore, keyStorePassword));
            if (trustStore != null) {
                builder.trustManager(KeyStores.trustManagers(trustStore, trustStorePassword));
            }
            return builder.clientAuth(clientAuthRequired ? ClientAuth.REQUIRE : ClientAuth.NONE).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS from " + keyStore + ": " + e.getMessage(), e);
        }
    }
}
