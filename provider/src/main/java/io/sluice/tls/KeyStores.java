package io.sluice.tls;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * Key and trust material from key store files (PKCS12 or JKS, recognised by their content), shared by
 * the server's TLS settings and the client's URL options. Errors name the file.
 */
public final class KeyStores {

    private KeyStores() {
    }

    /** The private key and certificate chain this side presents; the key's password is the store's. */
    public static KeyManagerFactory keyManagers(Path file, String password) throws GeneralSecurityException,
            IOException {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(file, password), chars(password));
        return factory;
    }

    /** The certificates this side trusts to have signed the peer's. */
    public static TrustManagerFactory trustManagers(Path file, String password) throws GeneralSecurityException,
            IOException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(file, password));
        return factory;
    }

    private static KeyStore load(Path file, String password) throws GeneralSecurityException, IOException {
        try {
            return KeyStore.getInstance(file.toFile(), chars(password));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // a missing file is an IllegalArgumentException of KeyStore.getInstance
            throw new IOException("cannot read key store " + file + ": " + e.getMessage(), e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
