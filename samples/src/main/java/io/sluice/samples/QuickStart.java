package io.sluice.samples;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Hashtable;

/**
 * Starts an embedded Sluice broker on its default on-disk store and exercises it the way
 * standard JMS client code does: everything is looked up in JNDI, nothing imports a Sluice class.
 *
 * <p>Run it twice: the durable subscription created by the first run still holds the messages
 * published after its consumer closed, so the second run receives them.
 */
public final class QuickStart {

    private static final int MESSAGES = 10;

    public static void main(String[] args) throws Exception {
        String dataDir = args.length > 0 ? args[0] : "data/quickstart";
        Context jndi = jndi(dataDir);
        ConnectionFactory factory = (ConnectionFactory) jndi.lookup("ConnectionFactory");
        Queue orders = (Queue) jndi.lookup("orders");
        Topic prices = (Topic) jndi.lookup("prices");

        try (JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            context.setClientID("quickstart");
            pointToPoint(context, orders);
            publishSubscribe(context, prices);
        }
        jndi.close();
    }

    private static void pointToPoint(JMSContext context, Queue orders) {
        for (int i = 1; i <= MESSAGES; i++) {
            context.createProducer().setProperty("orderId", i).send(orders, "order " + i);
        }
        System.out.printf("sent %d persistent messages to queue %s%n", MESSAGES, orders);
        try (JMSConsumer consumer = context.createConsumer(orders)) {
            int received = 0;
            TextMessage last = null;
            TextMessage message;
            while ((message = (TextMessage) consumer.receive(2_000)) != null) {
                received++;
                last = message;
            }
            if (last != null) {
                last.acknowledge();
            }
            System.out.printf("received %d messages from queue %s and acknowledged them%n", received, orders);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publishSubscribe(JMSContext context, Topic prices) throws jakarta.jms.JMSException {
        try (JMSConsumer subscriber = context.createDurableConsumer(prices, "price-watch")) {
            String backlog;
            int fromEarlierRun = 0;
            while ((backlog = subscriber.receiveBody(String.class, 500)) != null) {
                fromEarlierRun++;
                System.out.println("durable subscription kept from an earlier run: " + backlog);
            }
            context.acknowledge();
            System.out.printf("%d messages were waiting in the durable subscription%n", fromEarlierRun);
        }
        // Published while the subscriber is away: the durable subscription keeps them for the next run.
        context.createProducer().send(prices, "price published at " + java.time.Instant.now());
        System.out.println("published one price while the subscriber is offline; run again to receive it");
    }

    private static Context jndi(String dataDir) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "io.sluice.jndi.SluiceInitialContextFactory");
        env.put("connectionFactory.ConnectionFactory", "vm://quickstart?dataDir=" + dataDir);
        env.put("queue.orders", "orders");
        env.put("topic.prices", "prices");
        return new InitialContext(env);
    }

    private QuickStart() {
    }
}
