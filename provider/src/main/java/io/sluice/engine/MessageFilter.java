package io.sluice.engine;

/** A predicate on the engine's view of a message (JMS selectors are adapted to this by the broker). */
@FunctionalInterface
public interface MessageFilter {
    boolean test(EngineMessage message);
}
