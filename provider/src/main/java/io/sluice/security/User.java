package io.sluice.security;

import java.util.Set;

/** One user of a security file. */
record User(String name, PasswordHash passwordHash, Set<String> roles) {

    User {
        roles = Set.copyOf(roles);
    }

    Principal principal() {
        return new Principal(name, roles, false);
    }
}
