package io.sluice.security;

import jakarta.jms.JMSSecurityException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Default-deny: a principal may do only what a grant gives one of its roles. */
final class GrantAuthorizer implements Authorizer {

    private final Map<Permission, List<Grant>> grantsByPermission;

    GrantAuthorizer(List<Grant> grants) {
        this.grantsByPermission = grants.stream().collect(Collectors.groupingBy(Grant::permission,
                () -> new EnumMap<>(Permission.class), Collectors.toUnmodifiableList()));
    }

    @Override
    public void check(Principal who, Permission what, String destination, boolean topic) throws JMSSecurityException {
        for (Grant grant : grantsByPermission.getOrDefault(what, List.of())) {
            if (grant.allows(who, destination, topic)) {
                return;
            }
        }
        throw new JMSSecurityException("Access denied: user '" + who.user() + "' may not "
                + action(what) + " " + describe(destination, topic));
    }

    private static String action(Permission what) {
        return switch (what) {
            case SEND -> "send to";
            case CONSUME -> "consume from";
            case BROWSE -> "browse";
            case CREATE -> "create";
            case ADMIN -> "administer";
        };
    }

    private static String describe(String destination, boolean topic) {
        String kind = topic ? "topic" : "queue";
        return destination.equals(TEMPORARY_DESTINATIONS)
                ? "temporary " + kind + "s"
                : kind + " '" + destination + "'";
    }
}
