package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.ResourceAdapterArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The adapter in a real WildFly: the .rar built by this module with an embedded broker, message-driven
 * beans that write to the server's H2 database, and a bean that sends inside JTA transactions.
 * Runs inside the server (Arquillian's servlet protocol); message texts are unique per run, since
 * the broker's data directory survives between builds.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlyIT {

    private static final long WAIT_MILLIS = 20_000;

    @Deployment(name = "rar", order = 1, testable = false)
    static Archive<?> adapter() {
        ResourceAdapterArchive built = ShrinkWrap.createFromZipFile(ResourceAdapterArchive.class,
                new File(System.getProperty("sluice.rar")));
        return ShrinkWrap.create(ResourceAdapterArchive.class, "sluice-ra.rar").merge(built)
                .addAsManifestResource(WildFlyIT.class.getResource("/server/ironjacamar.xml"), "ironjacamar.xml");
    }

    @Deployment(name = "app", order = 2)
    static WebArchive application() {
        return ShrinkWrap.create(WebArchive.class, "sluice-it.war")
                .addClasses(WildFlyIT.class, Journal.class, JournalTable.class, OrderSender.class, OrderListener.class,
                        AuditListener.class, UrgentListener.class)
                .addAsWebInfResource(WildFlyIT.class.getResource("/server/jboss-ejb3.xml"), "jboss-ejb3.xml");
    }

    @EJB
    private OrderSender sender;

    @EJB
    private Journal journal;

    @Resource(lookup = "java:/jms/SluiceCF")
    private ConnectionFactory factory;

    @Resource(lookup = "java:/jms/topic/Events")
    private Topic events;

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
        try (JMSContext context = factory.createContext()) {
            String dead = context.createConsumer(context.createQueue("orders.dead")).receiveBody(String.class, WAIT_MILLIS);
            assertEquals(text, dead);
        }
        assertEquals(List.of(), journal.deliveryCounts(OrderListener.NAME, text));
    }

    @Test
    @OperateOnDeployment("app")
    void aDurableSubscriptionBeanReceivesWhatIsPublished() throws Exception {
        String text = unique("event-");
        sender.send(events, text);
        assertEquals(List.of(1), await(() -> journal.deliveryCounts(AuditListener.NAME, text), List.of(1)));
    }

    @Test
    @OperateOnDeployment("app")
    void aBeanWithASelectorTakesOnlyTheMessagesItSelects() throws Exception {
        String urgent = unique("urgent-");
        String routine = unique("routine-");
        try (JMSContext context = factory.createContext()) {
            Queue tickets = context.createQueue("tickets");
            sender.sendWithProperty(tickets, routine, "severity", "routine");
            sender.sendWithProperty(tickets, urgent, "severity", "urgent");
            assertEquals(List.of(1), await(() -> journal.deliveryCounts(UrgentListener.NAME, urgent), List.of(1)));
            String left = context.createConsumer(tickets, "severity = 'routine'").receiveBody(String.class, WAIT_MILLIS);
            assertNotNull(left);
            assertEquals(routine, left);
            assertNull(context.createConsumer(tickets, "severity = 'routine'").receiveBody(String.class, 200));
        }
        assertEquals(List.of(), journal.deliveryCounts(UrgentListener.NAME, routine));
    }
}
