package io.sluice.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes security files for tests; hashes use the minimum iteration count to keep tests fast. */
final class SecurityFiles {

    private SecurityFiles() {
    }

    static String userLine(String user, String password) {
        return "user." + user + "=" + PasswordHash.create(password.toCharArray(), PasswordHash.MIN_ITERATIONS);
    }

    static Path write(Path directory, String... lines) throws IOException {
        Path file = directory.resolve("security.conf");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static SecurityConfig load(Path directory, String... lines) throws IOException {
        return SecurityConfig.load(write(directory, lines));
    }
}
