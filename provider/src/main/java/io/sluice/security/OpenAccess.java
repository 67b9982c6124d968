package io.sluice.security;

import java.util.Set;

/**
 * What a broker without a security file does: any credentials are accepted as given (the user name is kept for
 * JMSXUserID and logs, the password is ignored) and every principal may do everything.
 */
final class OpenAccess implements Authenticator, Authorizer {

    static final OpenAccess INSTANCE = new OpenAccess();

    private OpenAccess() {
    }

    @Override
    public Principal authenticate(String user, String password) {
        return user == null || user.isEmpty()
                ? Principal.anonymous(Set.of())
                : new Principal(user, Set.of(), false);
    }

    @Override
    public void check(Principal who, Permission what, String destination, boolean topic) {
        // open access: nothing to refuse
    }
}
