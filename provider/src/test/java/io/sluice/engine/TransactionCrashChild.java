package io.sluice.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs in a child JVM that the crash test kills: transaction n takes one message m of topic "in", sends "n:m:0" and
 * "n:m:1" to topic "a" and "n:m:2" to topic "b" as half messages, and commits with the acknowledgement of m. It
 * prints "COMMITTED n" once the commit completed.
 */
public final class TransactionCrashChild {
    static final int INPUTS = 5_000;

    private TransactionCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Engine engine = Engine.open(CrashChild.config(Path.of(args[0])));
        engine.declareTopic("in", TopicOptions.defaults(1));
        engine.declareTopic("a", TopicOptions.defaults(2));
        engine.declareTopic("b", TopicOptions.defaults(1));
        ConsumerGroup in = engine.openGroup("in", "g", CrashChild.groupOptions());
        engine.openGroup("a", "g", CrashChild.groupOptions());
        engine.openGroup("b", "g", CrashChild.groupOptions());
        ProducerHandle inputs = engine.createProducer("in");
        java.util.concurrent.CompletableFuture<?> last = null;
        for (int i = 0; i < INPUTS; i++) {
            last = inputs.send(EngineMessage.of(Integer.toString(i).getBytes(StandardCharsets.UTF_8)));
        }
        last.get(60, TimeUnit.SECONDS);
        LinkedBlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        ConsumerHandle consumer = in.attach(received::add, null);
        consumer.grantCredit(Integer.MAX_VALUE);
        ProducerHandle toA = engine.createProducer("a");
        ProducerHandle toB = engine.createProducer("b");
        print("READY");
        for (int n = 0; ; n++) {
            Delivery input = received.poll(30, TimeUnit.SECONDS);
            String m = new String(input.message().payload(), StandardCharsets.UTF_8);
            String id = "tx-" + n;
            toA.sendInTransaction(id, text(n + ":" + m + ":0"));
            toA.sendInTransaction(id, text(n + ":" + m + ":1"));
            toB.sendInTransaction(id, text(n + ":" + m + ":2"));
            engine.transactions().commit(id, List.of(new TransactionAck(consumer, List.of(input.deliveryId()))))
                    .get(30, TimeUnit.SECONDS);
            print("COMMITTED " + n);
            // every fifth transaction is left open: never committed, it must vanish at recovery
            if (n % 5 == 0) {
                toB.sendInTransaction("open-" + n, text("open"));
            }
        }
    }

    private static EngineMessage text(String text) {
        return EngineMessage.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
