package io.sluice.ra.server;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What every server must show, run inside the server (Arquillian's servlet protocol) against the
 * deployed {@link TestApplication}. Message texts are unique per run: the broker's data survives
 * between builds that do not clean.
 */
abstract class InServerTests {

    private static final long WAIT_MILLIS = 20_000;

    @EJB
    private OrderSender sender;

    @EJB
    private Journal journal;

    @EJB
    private QueueProbe probe;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }

    private static <T> T await(Supplier<T> value, T expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        T current = value.get();
        while (!current.equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            current = value.get();
        }
        return current;
    }

    @Test
    @OperateOnDeployment("app")
    void aCommittedSendIsConsumedByTheBeanAndJournalledOnce() throws Exception {
        String text = unique("order-");
        sender.send(text);
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(OrderListener.NAME, text), List.of(1)));
    }

    @Test
    @OperateOnDeployment("app")
    void aRolledBackSendNeverArrives() throws Exception {
        String rolledBack = unique("rolled-back-");
        sender.sendThenRollBackQuietly(rolledBack);
        String marker = unique("after-rollback-");
        sender.send(marker);
        // the bean consumes in order of arrival per producer; once the later message is journalled, the
        // rolled-back one would have been too
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(OrderListener.NAME, marker), List.of(1)));
        assertEquals(List.of(), journal.deliveryCounts(OrderListener.NAME, rolledBack));
    }

    @Test
    @OperateOnDeployment("app")
    void aDatabaseRowAndASendInOneTransactionCommitTogetherOrRollBackTogether() throws Exception {
        String committed = unique("row-and-order-");
        sender.recordAndSend(committed, false);
        assertEquals(List.of(0), journal.deliveryCounts(OrderSender.NAME, committed));
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(OrderListener.NAME, committed), List.of(1)));

        String rolledBack = unique("row-and-order-rolled-back-");
        sender.recordAndSend(rolledBack, true);
        String marker = unique("after-rollback-");
        sender.send(marker);
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(OrderListener.NAME, marker), List.of(1)));
        assertEquals(List.of(), journal.deliveryCounts(OrderSender.NAME, rolledBack));
        assertEquals(List.of(), journal.deliveryCounts(OrderListener.NAME, rolledBack));
    }

    @Test
    @OperateOnDeployment("app")
    void aBeanThatRollsBackGetsTheMessageAgainAndItsDatabaseWorkIsUndone() throws Exception {
        String text = unique("fail-once-");
        sender.send(text);
        // the first delivery's row was rolled back with the bean's transaction: only the redelivery's remains
        assertEquals(List.of(2), await(() -> journal.deliveryCounts(OrderListener.NAME, text), List.of(2)));
    }

    @Test
    @OperateOnDeployment("app")
    void aMessageThatAlwaysRollsBackEndsInTheDeadLetterQueueAfterItsRedeliveries() throws Exception {
        String text = unique("poison-");
        sender.send(text);
        assertEquals(text, probe.receiveText("orders.dead", null, WAIT_MILLIS));
        assertEquals(List.of(), journal.deliveryCounts(OrderListener.NAME, text));
    }

    @Test
    @OperateOnDeployment("app")
    void aDurableSubscriptionBeanReceivesWhatIsPublished() throws Exception {
        String text = unique("event-");
        sender.publish(text);
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(AuditListener.NAME, text), List.of(1)));
    }

    @Test
    @OperateOnDeployment("app")
    void aBeanWithASelectorTakesOnlyTheMessagesItSelects() throws Exception {
        String urgent = unique("urgent-");
        String routine = unique("routine-");
        sender.sendWithProperty("tickets", routine, "severity", "routine");
        sender.sendWithProperty("tickets", urgent, "severity", "urgent");
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(UrgentListener.NAME, urgent), List.of(1)));
        String routineSelector = "severity = 'routine'";
        assertEquals(routine, probe.receiveText("tickets", routineSelector, WAIT_MILLIS));
        assertNull(probe.receiveText("tickets", routineSelector, 200));
        assertEquals(List.of(), journal.deliveryCounts(UrgentListener.NAME, routine));
    }
}
