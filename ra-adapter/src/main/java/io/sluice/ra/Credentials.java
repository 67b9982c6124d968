package io.sluice.ra;

import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.security.PasswordCredential;

import javax.security.auth.Subject;
import java.util.Objects;

/**
 * The user a physical connection logs in as. Container-managed sign-on passes a Subject holding a
 * PasswordCredential for this factory; application-managed sign-on passes the user and password
 * the application gave to createConnection/createContext; otherwise the factory's configured user.
 */
record Credentials(String user, String password) {

    static Credentials resolve(ManagedConnectionFactory factory, String defaultUser, String defaultPassword,
                               Subject subject, ConnectionRequestInfo requestInfo) {
        if (subject != null) {
            for (PasswordCredential credential : subject.getPrivateCredentials(PasswordCredential.class)) {
                ManagedConnectionFactory owner = credential.getManagedConnectionFactory();
                if (owner == null || owner.equals(factory)) {
                    return new Credentials(credential.getUserName(), new String(credential.getPassword()));
                }
            }
        }
        if (requestInfo instanceof ConnectionRequest request && request.user() != null) {
            return new Credentials(request.user(), request.password());
        }
        return new Credentials(defaultUser, defaultPassword);
    }

    boolean sameUser(Credentials other) {
        return Objects.equals(user, other.user) && Objects.equals(password, other.password);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
