package io.sluice.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the lines of a security file into users, anonymous access and grants; the format is in configuration.md. */
final class SecurityFileParser {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.@-]+");
    static final String NAME_RULE = "letters, digits and _ . @ - only";
    private static final String USER = "user.";
    private static final String ROLES = ".roles";
    private static final String GRANT = "grant.";
    private static final String ANONYMOUS = "anonymous";
    private static final String ANONYMOUS_ROLES = "anonymous.roles";

    private final Path file;
    private final Map<String, PasswordHash> hashes = new LinkedHashMap<>();
    private final Map<String, SecurityFileLine> roleLines = new LinkedHashMap<>();
    private final Map<String, Set<String>> userRoles = new LinkedHashMap<>();
    private final List<Grant> grants = new ArrayList<>();
    private boolean anonymousAllowed;
    private Set<String> anonymousRoles = Set.of();

    private SecurityFileParser(Path file) {
        this.file = file;
    }

    static SecurityConfig parse(Path file) throws IOException {
        SecurityFileParser parser = new SecurityFileParser(file);
        for (SecurityFileLine line : SecurityFileReader.read(file)) {
            parser.accept(line);
        }
        return parser.build();
    }

    private void accept(SecurityFileLine line) throws InvalidSecurityFileException {
        String key = line.key();
        if (key.equals(ANONYMOUS)) {
            anonymousAllowed = parseBoolean(line);
        } else if (key.equals(ANONYMOUS_ROLES)) {
            anonymousRoles = parseRoles(line);
        } else if (key.startsWith(USER) && key.endsWith(ROLES) && key.length() > USER.length() + ROLES.length()) {
            String name = requireName(line, key.substring(USER.length(), key.length() - ROLES.length()));
            roleLines.put(name, line);
            userRoles.put(name, parseRoles(line));
        } else if (key.startsWith(USER)) {
            hashes.put(requireName(line, key.substring(USER.length())), parseHash(line));
        } else if (key.startsWith(GRANT)) {
            grants.add(parseGrant(line, key.substring(GRANT.length())));
        } else {
            throw error(line, "unknown key '" + key + "'; expected anonymous, anonymous.roles, user.<name>,"
                    + " user.<name>.roles or grant.<permission>.<pattern>");
        }
    }

    private SecurityConfig build() throws InvalidSecurityFileException {
        List<User> users = new ArrayList<>();
        for (Map.Entry<String, SecurityFileLine> roles : roleLines.entrySet()) {
            String name = roles.getKey();
            if (!hashes.containsKey(name)) {
                throw error(roles.getValue(),
                        "roles for user '" + name + "', who has no user." + name + "=<password hash> line");
            }
        }
        for (Map.Entry<String, PasswordHash> user : hashes.entrySet()) {
            users.add(new User(user.getKey(), user.getValue(), userRoles.getOrDefault(user.getKey(), Set.of())));
        }
        Optional<Set<String>> anonymous = anonymousAllowed ? Optional.of(anonymousRoles) : Optional.empty();
        return new SecurityConfig(new PasswordAuthenticator(users, anonymous), new GrantAuthorizer(grants));
    }

    private boolean parseBoolean(SecurityFileLine line) throws InvalidSecurityFileException {
        return switch (line.value()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(line, "'" + line.key() + "' must be true or false, not '" + line.value() + "'");
        };
    }

    private PasswordHash parseHash(SecurityFileLine line) throws InvalidSecurityFileException {
        try {
            return PasswordHash.parse(line.value());
        } catch (IllegalArgumentException e) {
            throw error(line, "bad password hash for '" + line.key() + "': " + e.getMessage());
        }
    }

    private Grant parseGrant(SecurityFileLine line, String permissionAndPattern) throws InvalidSecurityFileException {
        int dot = permissionAndPattern.indexOf('.');
        if (dot < 0) {
            throw error(line, "expected grant.<permission>.<pattern> but found '" + line.key() + "'");
        }
        Permission permission = parsePermission(line, permissionAndPattern.substring(0, dot));
        DestinationPattern pattern;
        try {
            pattern = DestinationPattern.parse(permissionAndPattern.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage());
        }
        Set<String> roles = parseRoles(line);
        if (roles.isEmpty()) {
            throw error(line, "'" + line.key() + "' grants to no role; list at least one");
        }
        return new Grant(permission, pattern, roles);
    }

    private Permission parsePermission(SecurityFileLine line, String text) throws InvalidSecurityFileException {
        for (Permission permission : Permission.values()) {
            if (permission.name().equalsIgnoreCase(text)) {
                return permission;
            }
        }
        throw error(line, "unknown permission '" + text + "'; expected one of "
                + Arrays.stream(Permission.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** An empty value is no role; otherwise comma-separated names. */
    private Set<String> parseRoles(SecurityFileLine line) throws InvalidSecurityFileException {
        if (line.value().isEmpty()) {
            return Set.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : line.value().split(",", -1)) {
            roles.add(requireName(line, role.strip()));
        }
        return roles;
    }

    /** User and role names are restricted so that they never clash with the syntax of keys and role lists. */
    static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    private String requireName(SecurityFileLine line, String name) throws InvalidSecurityFileException {
        if (!isValidName(name)) {
            throw error(line, "'" + name + "' is not a valid user or role name (" + NAME_RULE + ")");
        }
        return name;
    }

    private InvalidSecurityFileException error(SecurityFileLine line, String problem) {
        return new InvalidSecurityFileException(file, line.number(), problem);
    }
}
