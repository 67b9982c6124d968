package io.sluice.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is connected: the result of {@link Authenticator#authenticate}. Immutable.
 *
 * @param user      the user name; {@value #ANONYMOUS_USER} for anonymous access
 * @param roles     the roles the {@link Authorizer} grants permissions to
 * @param anonymous true when no credentials were given
 */
public record Principal(String user, Set<String> roles, boolean anonymous) {

    /** The user name of every anonymous principal. */
    public static final String ANONYMOUS_USER = "anonymous";

    public Principal {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
    }

    public static Principal anonymous(Set<String> roles) {
        return new Principal(ANONYMOUS_USER, roles, true);
    }
}
