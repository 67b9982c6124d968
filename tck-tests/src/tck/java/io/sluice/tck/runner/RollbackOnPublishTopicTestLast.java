package io.sluice.tck.runner;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

import java.util.Comparator;

/**
 * Keeps JUnit's default method order but runs {@code transactionRollbackOnPublishTopicTest} last in its
 * class: the official TCK's test leaves the durable subscription {@code TxTopicTestSubscription} (client
 * ID {@code cts}) behind with a message in it, which two later tests of the same class would receive and
 * fail on, whatever the provider.
 */
public final class RollbackOnPublishTopicTestLast implements MethodOrderer {

    static final String LAST = "transactionRollbackOnPublishTopicTest";

    @Override
    public void orderMethods(MethodOrdererContext context) {
        // List.sort is stable, so every other method keeps the order JUnit gave it
        context.getMethodDescriptors().sort(Comparator.comparing(d -> d.getMethod().getName().equals(LAST)));
    }
}
