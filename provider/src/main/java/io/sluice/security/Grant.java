package io.sluice.security;

import java.util.Collections;
import java.util.Set;

/** One {@code grant.<permission>.<pattern>=<roles>} line: holders of any of the roles have the permission. */
record Grant(Permission permission, DestinationPattern pattern, Set<String> roles) {

    Grant {
        roles = Set.copyOf(roles);
    }

    boolean allows(Principal who, String destination, boolean topic) {
        return !Collections.disjoint(roles, who.roles()) && pattern.matches(destination, topic);
    }
}
