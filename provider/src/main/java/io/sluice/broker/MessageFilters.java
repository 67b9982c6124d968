package io.sluice.broker;

import io.sluice.engine.EngineMessage;
import io.sluice.engine.MessageFilter;
import io.sluice.message.MessageCodec;
import io.sluice.selector.Selector;
import jakarta.jms.InvalidSelectorException;

/** Builds the engine filters behind JMS message selectors and noLocal. */
final class MessageFilters {

    /** A tag no connection carries: see {@link PublisherTags}. */
    static final int NO_TAG = 0;

    private MessageFilters() {
    }

    /** @return null for a null or blank expression, which the spec treats as no selector */
    static Selector parse(String expression) throws InvalidSelectorException {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        return Selector.parse(expression);
    }

    /**
     * @param excludedTag publisher tag whose messages are skipped (noLocal), or {@link #NO_TAG}
     * @return null when nothing is filtered, so the engine takes its fast path
     */
    static MessageFilter of(Selector selector, int excludedTag) {
        if (selector == null && excludedTag == NO_TAG) {
            return null;
        }
        return message -> (excludedTag == NO_TAG || message.filterHash() != excludedTag)
                && (selector == null || matches(selector, message));
    }

    private static boolean matches(Selector selector, EngineMessage message) {
        return selector.matches(MessageCodec.properties(message.payload())::get);
    }
}
