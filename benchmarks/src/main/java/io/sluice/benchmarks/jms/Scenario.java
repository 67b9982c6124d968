package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

import java.util.concurrent.atomic.AtomicInteger;

/** The JMS scenarios compared, each run on a fresh destination so that no cell sees another's leftovers. */
enum Scenario {
    P2P_PERSISTENT("p2p persistent", "1 producer, 1 consumer, one queue, AUTO_ACKNOWLEDGE, PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).run(1);
        }
    },
    P2P_NON_PERSISTENT("p2p non-persistent", "1 producer, 1 consumer, one queue, AUTO_ACKNOWLEDGE, NON_PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).persistent(false).run(1);
        }
    },
    P2P_TRANSACTED("p2p transacted", "1 producer, 1 consumer, one queue, a commit every 100 messages on both sides") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return pointToPoint(factory, workload, destination).commitEvery(100).run(1);
        }
    },
    TOPIC_FAN_OUT("topic fan-out", "1 producer, 4 durable subscriptions, PERSISTENT; rate in messages published") {
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
    COMPETING_CONSUMERS("competing consumers", "4 producers, 4 consumers, one queue, PERSISTENT") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            Queue queue = queue(factory, destination);
            return new Traffic(factory, workload)
                    .receivers(4, session -> session.createConsumer(queue))
                    .senders(4, queue)
                    .run(1);
        }
    },
    REQUEST_REPLY("request-reply", "a temporary reply queue, NON_PERSISTENT, one request at a time; rate in round trips") {
        @Override
        CellResult run(ConnectionFactory factory, Workload workload, String destination) throws Exception {
            return RequestReply.run(factory, workload, destination);
        }
    };

    final String title;
    final String description;

    Scenario(String title, String description) {
        this.title = title;
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
