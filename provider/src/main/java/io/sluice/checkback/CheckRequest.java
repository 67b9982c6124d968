package io.sluice.checkback;

import java.util.List;

/**
 * The broker asks a producer of {@code producerGroup} what became of a transaction; the answer must carry the
 * same {@code epoch}, so that an answer to an older check is never applied.
 *
 * @param messages the encoded half messages of the transaction, in the order they were sent
 */
public record CheckRequest(String transactionId, String producerGroup, long epoch, List<byte[]> messages) {
    public CheckRequest {
        messages = List.copyOf(messages);
    }
}
