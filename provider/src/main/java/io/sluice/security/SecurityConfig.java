package io.sluice.security;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The broker's authentication and authorization, either from a security file (whose format is described in
 * {@code docs/configuration.md}, section Security) or open access when no file is configured. Immutable.
 */
public final class SecurityConfig {

    private static final SecurityConfig OPEN_ACCESS = new SecurityConfig(OpenAccess.INSTANCE, OpenAccess.INSTANCE);

    private final Authenticator authenticator;
    private final Authorizer authorizer;

    SecurityConfig(Authenticator authenticator, Authorizer authorizer) {
        this.authenticator = authenticator;
        this.authorizer = authorizer;
    }

    /**
     * Reads a security file. With a file, access is default-deny: only what a grant allows is allowed.
     *
     * @throws InvalidSecurityFileException naming the file and line of the first malformed line
     * @throws IOException                  when the file cannot be read
     */
    public static SecurityConfig load(Path file) throws IOException {
        return SecurityFileParser.parse(file);
    }

    /** No security: every client is let in under the name it gives and may do everything. */
    public static SecurityConfig openAccess() {
        return OPEN_ACCESS;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public Authorizer authorizer() {
        return authorizer;
    }
}
