package io.sluice.client.transport.tcp;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.sluice.client.ConnectionUrl;
import io.sluice.tls.KeyStores;
import jakarta.jms.JMSException;

import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * TLS for a {@code tcp://} connection, from its URL options: {@code tls=true}, then optionally
 * {@code trustStore}/{@code trustStorePassword} (the broker certificates to trust; default: the JDK's)
 * and {@code keyStore}/{@code keyStorePassword} (this client's certificate, for brokers that require one).
 * The broker's certificate must name the host of the URL, as HTTPS checks it.
 */
final class ClientTls {

    private static final List<String> STORE_OPTIONS = List.of("trustStore", "trustStorePassword", "keyStore",
            "keyStorePassword");

    private final SslContext context;

    private ClientTls(SslContext context) {
        this.context = context;
    }

    /** @return null for plain TCP */
    static ClientTls of(ConnectionUrl url) throws JMSException {
        boolean on;
        try {
            on = url.booleanOption("tls", false);
        } catch (IllegalArgumentException e) {
            throw new JMSException(e.getMessage());
        }
        if (!on) {
            for (String option : STORE_OPTIONS) {
                if (url.option(option) != null) {
                    throw new JMSException("connection URL option " + option + " needs tls=true");
                }
            }
            return null;
        }
        try {
            SslContextBuilder builder = SslContextBuilder.forClient();
            String trustStore = url.option("trustStore");
            if (trustStore != null) {
                builder.trustManager(KeyStores.trustManagers(Path.of(trustStore), url.option("trustStorePassword")));
            }
            String keyStore = url.option("keyStore");
            if (keyStore != null) {
                builder.keyManager(KeyStores.keyManagers(Path.of(keyStore), url.option("keyStorePassword")));
            }
            return new ClientTls(builder.build());
        } catch (IOException | GeneralSecurityException e) {
            JMSException failure = new JMSException("cannot set up TLS for the connection: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /** First in the pipeline, so that every byte of the protocol travels encrypted. */
    void addTo(Channel channel, TcpAddress address) {
        SslHandler handler = context.newHandler(channel.alloc(), address.host(), address.port());
        SSLParameters parameters = handler.engine().getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        handler.engine().setSSLParameters(parameters);
        channel.pipeline().addFirst("tls", handler);
    }

    /** Waits for the handshake, so a refused certificate is reported as such rather than as a lost connection. */
    static void awaitHandshake(Channel channel, TcpAddress address) throws JMSException {
        SslHandler handler = channel.pipeline().get(SslHandler.class);
        if (handler == null) {
            return;
        }
        handler.handshakeFuture().awaitUninterruptibly();
        if (!handler.handshakeFuture().isSuccess()) {
            Throwable cause = handler.handshakeFuture().cause();
            channel.close();
            JMSException failure = new JMSException("TLS handshake with the broker at tcp://" + address
                    + " failed: " + cause.getMessage());
            failure.initCause(cause);
            throw failure;
        }
    }
}
