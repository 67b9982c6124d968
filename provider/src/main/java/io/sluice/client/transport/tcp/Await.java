package io.sluice.client.transport.tcp;

import io.sluice.broker.JmsErrors;
import jakarta.jms.JMSException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for an answer the way the in-VM transport's direct calls return or throw. */
final class Await {

    private Await() {
    }

    static <T> T result(CompletableFuture<T> answer) throws JMSException {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw JmsErrors.wrap("the broker failed", e);
        }
    }

    /** For close: the SPI's close throws nothing, and a lost connection leaves nothing to close. */
    static void quietly(CompletableFuture<?> answer) {
        try {
            answer.join();
        } catch (CompletionException e) {
            // the broker side goes away with the connection in any case
        }
    }
}
