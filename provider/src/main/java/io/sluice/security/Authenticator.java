package io.sluice.security;

import jakarta.jms.JMSSecurityException;

/** Checks the credentials a client gives when it creates a connection. Implementations are thread-safe. */
public interface Authenticator {

    /**
     * @param user     the user name; {@code null} or empty asks for anonymous access
     * @param password the password; may be {@code null}
     * @throws JMSSecurityException when the credentials are wrong or anonymous access is refused; the message
     *                              never tells an unknown user from a wrong password
     */
    Principal authenticate(String user, String password) throws JMSSecurityException;
}
