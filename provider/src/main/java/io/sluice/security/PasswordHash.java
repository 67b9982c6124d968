package io.sluice.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, stored as
 * {@code pbkdf2-sha256:<iterations>:<base64 salt>:<base64 hash>}. The iteration count travels with the hash so the
 * default can be raised later without invalidating the hashes already in a users file.
 */
public final class PasswordHash {

    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Below this a hash is too cheap to brute-force to be accepted from a file. */
    public static final int MIN_ITERATIONS = 1_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int MIN_SALT_BYTES = 8;
    private static final int HASH_BYTES = 32;
    private static final int MIN_HASH_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} with a fresh random salt. */
    public static PasswordHash create(char[] password, int iterations) {
        requireIterations(iterations);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /**
     * Parses the stored form.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static PasswordHash parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException(
                    "a password hash must look like " + SCHEME + ":<iterations>:<salt>:<hash>"
                            + " (make one with io.sluice.security.PasswordHashTool)");
        }
        int iterations = parseIterations(parts[1]);
        byte[] salt = decode(parts[2], "salt", MIN_SALT_BYTES);
        byte[] hash = decode(parts[3], "hash", MIN_HASH_BYTES);
        return new PasswordHash(iterations, salt, hash);
    }

    /** Compares in constant time so the time taken does not tell how much of a guess was right. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    public int iterations() {
        return iterations;
    }

    /** The stored form, accepted by {@link #parse}. */
    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime must provide PBKDF2WithHmacSHA256
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static int parseIterations(String text) {
        int iterations;
        try {
            iterations = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count '" + text + "' is not a number");
        }
        requireIterations(iterations);
        return iterations;
    }

    private static void requireIterations(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "the iteration count " + iterations + " is below the minimum of " + MIN_ITERATIONS);
        }
    }

    private static byte[] decode(String base64, String what, int minBytes) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not valid Base64");
        }
        if (bytes.length < minBytes) {
            throw new IllegalArgumentException(
                    "the " + what + " has " + bytes.length + " bytes, fewer than the minimum of " + minBytes);
        }
        return bytes;
    }
}
