package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

import java.util.concurrent.atomic.AtomicInteger;

/** The JMS scenarios compared, each run on a fresh destination so that no cell sees another's leftovers. */
enum Scenario {
    P2P_PERSISTENT("p2p persistent", true, "1 producer, 1 consumer, one queue, AUTO_ACKNOWLEDGE, PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).run(1);
        }
    },
    P2P_NON_PERSISTENT("p2p non-persistent", false, "1 producer, 1 consumer, one queue, AUTO_ACKNOWLEDGE, NON_PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).persistent(false).run(1);
        }
    },
    P2P_TRANSACTED("p2p transacted", true, "1 producer, 1 consumer, one queue, a commit every 100 messages on both sides") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).commitEvery(100).run(1);
        }
    },
    TOPIC_FAN_OUT("topic fan-out", true, "1 producer, 4 durable subscriptions, PERSISTENT; rate in messages published") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            AtomicInteger subscriptions = new AtomicInteger();
            Topic topic = topic(factory, destination);
            return new Traffic(factory, workload)
                    .receivers(4, session -> session.createSharedDurableConsumer(topic, destination + "-sub-" + subscriptions.incrementAndGet()))
                    .senders(1, topic)
                    .run(4);
        }
    },
    COMPETING_CONSUMERS("competing consumers", true, "4 producers, 4 consumers, one queue, PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            Queue queue = queue(factory, destination);
            return new Traffic(factory, workload)
                    .receivers(4, session -> session.createConsumer(queue))
                    .senders(4, queue)
                    .run(1);
        }
    },
    REQUEST_REPLY("request-reply", false, "a temporary reply queue, NON_PERSISTENT, one request at a time; rate in round trips") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return RequestReply.run(factory, workload, destination);
        }
    },
    FIXED_RATE("fixed-rate p2p persistent", true, "1 producer at " + Scenario.FIXED_RATE_PER_SECOND + " msg/s (well below"
            + " both brokers' capacity, so p99 shows latency, not queueing), 1 consumer, PERSISTENT; a tenth of the"
            + " workload's messages") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            Workload paced = workload.withMessages(Math.max(20, workload.messages() / 10));
            Queue queue = queue(factory, destination);
            return new Traffic(factory, paced).receivers(1, session -> session.createConsumer(queue)).senders(1, queue)
                    .ratePerSender(FIXED_RATE_PER_SECOND).run(1);
        }
    },
    DESTINATIONS_10("many destinations: 10 queues", true, "4 producers cycling over 10 queues, one listener per queue"
            + " over 4 sessions, PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return ManyDestinations.run(factory, workload, destination, 10);
        }
    },
    DESTINATIONS_100("many destinations: 100 queues", true, "as above, 100 queues") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return ManyDestinations.run(factory, workload, destination, 100);
        }
    },
    DESTINATIONS_1000("many destinations: 1,000 queues", true, "as above, 1,000 queues") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return ManyDestinations.run(factory, workload, destination, 1000);
        }
    };

    static final int FIXED_RATE_PER_SECOND = 50;

    final String title;
    /** Whether the figure is bounded by fsyncs, so that it can be read as a fraction of the disk's fsync rate. */
    final boolean persistent;
    final String description;

    Scenario(String title, boolean persistent, String description) {
        this.title = title;
        this.persistent = persistent;
        this.description = description;
    }

    abstract CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception;

    private static Queue queue(ConnectionFactory factory, String name) {
        try (JMSContext context = factory.createContext()) {
            return context.createQueue(name);
        }
    }

    private static Topic topic(ConnectionFactory factory, String name) {
        try (JMSContext context = factory.createContext()) {
            return context.createTopic(name);
        }
    }

    private static Traffic pointToPoint(ConnectionFactory factory, Workload workload, String destination) {
        Queue queue = queue(factory, destination);
        return new Traffic(factory, workload).receivers(1, session -> session.createConsumer(queue)).senders(1, queue);
    }
}
