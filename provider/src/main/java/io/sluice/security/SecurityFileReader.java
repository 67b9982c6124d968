package io.sluice.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a security file into {@code key=value} lines. Unlike {@link java.util.Properties} it knows line numbers,
 * refuses what it does not understand (no continuation lines, no escapes, no duplicate keys) and lets keys hold
 * {@code :} and {@code #}, which destination patterns need.
 */
final class SecurityFileReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SecurityFileReader() {
    }

    static List<SecurityFileLine> read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "the security file does not exist");
        }
        List<SecurityFileLine> lines = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = indexOfNewline(bytes, start);
            number++;
            String text = decode(file, number, bytes, start, end);
            if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            SecurityFileLine line = parseLine(file, number, text.strip());
            if (line != null) {
                Integer first = firstLineOfKey.putIfAbsent(line.key(), number);
                if (first != null) {
                    throw new InvalidSecurityFileException(file, number,
                            "'" + line.key() + "' is already set on line " + first);
                }
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    /** @return null for a blank or comment line */
    private static SecurityFileLine parseLine(Path file, int number, String text) throws InvalidSecurityFileException {
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new InvalidSecurityFileException(file, number, "expected <key>=<value> but found no '='");
        }
        String key = text.substring(0, equals).strip();
        if (key.isEmpty()) {
            throw new InvalidSecurityFileException(file, number, "the key before '=' is empty");
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSecurityFileException(file, number, "the key '" + key + "' contains white space");
        }
        return new SecurityFileLine(number, key, text.substring(equals + 1).strip());
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static String decode(Path file, int number, byte[] bytes, int start, int end)
            throws InvalidSecurityFileException {
        try {
            // a strict decoder: replacing bad bytes would silently change a user name or a pattern
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSecurityFileException(file, number, "the line is not valid UTF-8");
        }
    }
}
