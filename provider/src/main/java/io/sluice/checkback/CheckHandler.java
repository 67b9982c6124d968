package io.sluice.checkback;

/**
 * A live producer's end of the check-back: the broker hands it a check and the producer answers later with
 * {@link CheckBacks#end}. Called on the broker's check thread: it must not block.
 */
@FunctionalInterface
public interface CheckHandler {
    void check(CheckRequest request);
}
