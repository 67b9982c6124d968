package io.sluice.checkback;

import java.util.UUID;

/**
 * The engine names of check-back transactions, {@code checkback.<producer group>.<uuid>}: the producer group is
 * in the name so that the broker knows whom to ask after a restart, from the engine's prepared transactions alone.
 */
public final class CheckBackNames {
    private static final String PREFIX = "checkback.";

    private CheckBackNames() {
    }

    static String newId(String producerGroup) {
        if (producerGroup == null || producerGroup.isBlank()) {
            throw new IllegalArgumentException("a transactional producer needs a non-blank producer group");
        }
        return PREFIX + producerGroup + "." + UUID.randomUUID();
    }

    public static boolean isCheckBack(String transactionId) {
        return transactionId != null && transactionId.startsWith(PREFIX) && transactionId.lastIndexOf('.') > PREFIX.length();
    }

    static String producerGroup(String transactionId) {
        return transactionId.substring(PREFIX.length(), transactionId.lastIndexOf('.'));
    }
}
