package io.sluice.store;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Maps any topic name to a safe directory name. The real name is kept in a file inside, so that names the file
 * system cannot hold (too long, "..", separators) still work.
 */
final class TopicDirectories {

    static final String NAME_FILE = "topic.name";
    private static final int MAX_DIRECTORY_NAME = 120;

    private TopicDirectories() {
    }

    static Path directoryFor(Path root, String topic) throws IOException {
        Path directory = root.resolve(directoryName(topic));
        if (!Files.exists(directory.resolve(NAME_FILE))) {
            Files.createDirectories(directory);
            Directories.writeAtomically(directory.resolve(NAME_FILE), topic.getBytes(StandardCharsets.UTF_8));
        }
        return directory;
    }

    static String directoryName(String topic) {
        String encoded = URLEncoder.encode(topic, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
        if (encoded.length() <= MAX_DIRECTORY_NAME) {
            return encoded;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(topic.getBytes(StandardCharsets.UTF_8));
            return encoded.substring(0, 40) + "~" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    static String topicOf(Path directory) throws IOException {
        return new String(Files.readAllBytes(directory.resolve(NAME_FILE)), StandardCharsets.UTF_8);
    }
}
