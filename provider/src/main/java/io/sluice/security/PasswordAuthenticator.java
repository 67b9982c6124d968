package io.sluice.security;

import jakarta.jms.JMSSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks user names and passwords against the users of a security file; optionally admits anonymous clients. */
final class PasswordAuthenticator implements Authenticator {

    private static final String WRONG_CREDENTIALS = "Authentication failed: wrong user name or password";

    private final Map<String, User> users;
    private final Optional<Principal> anonymous;
    /**
     * Checked for unknown users so that they take as long as known ones: the response time must not tell an
     * attacker which user names exist.
     */
    private final PasswordHash decoy;

    /** @param anonymousRoles the roles of anonymous clients; empty when anonymous access is refused */
    PasswordAuthenticator(Collection<User> users, Optional<Set<String>> anonymousRoles) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(User::name, Function.identity()));
        this.anonymous = anonymousRoles.map(Principal::anonymous);
        this.decoy = PasswordHash.create(randomPassword(), slowestIterations(users));
    }

    @Override
    public Principal authenticate(String user, String password) throws JMSSecurityException {
        if (user == null || user.isEmpty()) {
            return anonymous.orElseThrow(() -> new JMSSecurityException(
                    "Authentication failed: anonymous access is disabled; give a user name and password"));
        }
        char[] guess = password == null ? new char[0] : password.toCharArray();
        User known = users.get(user);
        if (known == null) {
            decoy.matches(guess); // the answer is irrelevant, only the time it takes
            throw new JMSSecurityException(WRONG_CREDENTIALS);
        }
        if (!known.passwordHash().matches(guess)) {
            throw new JMSSecurityException(WRONG_CREDENTIALS);
        }
        return known.principal();
    }

    private static int slowestIterations(Collection<User> users) {
        return users.stream().mapToInt(u -> u.passwordHash().iterations()).max().orElse(PasswordHash.MIN_ITERATIONS);
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }
}
