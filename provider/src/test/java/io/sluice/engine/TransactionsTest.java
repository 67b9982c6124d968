package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.sluice.engine.EngineFixture.DEADLINE_MILLIS;
import static io.sluice.engine.EngineFixture.copyDirectory;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionsTest {
    @TempDir
    Path dir;

    @TempDir
    Path crashCopy;

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        return future.orTimeout(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).join();
    }

    @Test
    void halfMessagesAreInvisibleUntilTheCommitShowsThemAllAcrossTopics() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("a", 2);
            f.topic("b", 1);
            ConsumerGroup ga = f.engine.openGroup("a", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ConsumerGroup gb = f.engine.openGroup("b", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Collector ca = Collector.attach(ga, null, 10);
            Collector cb = Collector.attach(gb, null, 10);
            join(f.engine.createProducer("a").sendInTransaction("t1", text("a1")));
            join(f.engine.createProducer("b").sendInTransaction("t1", text("b1")));
            join(f.engine.createProducer("a").sendInTransaction("t1", text("a2")));
            assertThat(ga.browse(null, 10)).isEmpty();
            assertThat(ga.backlog()).isZero();
            ca.assertNothingFor(100);
            join(f.engine.transactions().commit("t1", List.of()));
            assertThat(ga.backlog()).isEqualTo(2);
            assertThat(ca.next(2)).extracting(EngineFixture::text).containsExactlyInAnyOrder("a1", "a2");
            assertThat(EngineFixture.text(cb.next())).isEqualTo("b1");
            assertThat(f.engine.transactions().isOpen("t1")).isFalse();
        }
    }

    @Test
    void aCommitRightAfterSendsNotAwaitedCommitsEveryOneOfThem() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("a", 1);
            f.topic("b", 1);
            ConsumerGroup ga = f.engine.openGroup("a", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ConsumerGroup gb = f.engine.openGroup("b", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle a = f.engine.createProducer("a");
            ProducerHandle b = f.engine.createProducer("b");
            for (int n = 0; n < 20; n++) {
                a.sendInTransaction("t" + n, text("a" + n));
                b.sendInTransaction("t" + n, text("b" + n));
                join(f.engine.transactions().commit("t" + n, List.of()));
            }
            assertThat(ga.backlog()).isEqualTo(20);
            assertThat(gb.backlog()).isEqualTo(20);
        }
    }

    @Test
    void aRolledBackTransactionShowsNothingEvenAfterARestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("a", 1);
            ConsumerGroup g = f.engine.openGroup("a", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            join(f.engine.createProducer("a").sendInTransaction("t1", text("gone")));
            join(f.engine.transactions().rollback("t1", List.of()));
            EngineFixture.sendTexts(f.engine.createProducer("a"), "plain");
            f.reopen();
            Collector c = Collector.attach(f.engine.group("a", "g").orElseThrow(), null, 10);
            assertThat(text(c.next())).isEqualTo("plain");
            c.assertNothingFor(200);
        }
    }

    @Test
    void acknowledgementsInATransactionApplyAtCommitAndComeBackRedeliveredOnRollback() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("in", 1);
            f.topic("out", 1);
            ConsumerGroup in = f.engine.openGroup("in", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.sendTexts(f.engine.createProducer("in"), "m1", "m2");
            Collector c = Collector.attach(in, null, 10);
            Delivery first = c.next();
            Delivery second = c.next();
            join(f.engine.transactions().rollback("t1", List.of(new TransactionAck(c.handle, List.of(first.deliveryId())))));
            Delivery again = c.next();
            assertThat(again.redelivered()).isTrue();
            assertThat(text(again)).isEqualTo(text(first));
            join(f.engine.createProducer("out").sendInTransaction("t2", text("result")));
            join(f.engine.transactions().commit("t2", List.of(new TransactionAck(c.handle,
                    List.of(second.deliveryId(), again.deliveryId())))));
            assertThat(in.backlog()).isZero();
            f.reopen();
            assertThat(f.engine.group("in", "g").orElseThrow().backlog()).isZero();
        }
    }

    @Test
    void anAcknowledgementOfADeliveryTheConsumerDoesNotHoldFailsTheCommitAndWritesNothing() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("in", 1);
            ConsumerGroup in = f.engine.openGroup("in", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ConsumerGroup out = f.engine.openGroup("in", "watch", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Collector c = Collector.attach(in, null, 10);
            join(f.engine.createProducer("in").sendInTransaction("t1", text("x")));
            assertThatThrownBy(() -> join(f.engine.transactions().commit("t1",
                    List.of(new TransactionAck(c.handle, List.of(424242L))))))
                    .hasCauseInstanceOf(IllegalStateException.class);
            assertThat(out.backlog()).isZero();
            assertThat(f.engine.transactions().isOpen("t1")).isTrue();
            join(f.engine.transactions().rollback("t1", List.of()));
        }
    }

    @Test
    void afterACrashAnUnpreparedTransactionIsRolledBackAPreparedOneStaysInDoubtWithItsAcks() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("in", 1);
            f.topic("out", 1);
            f.engine.openGroup("in", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            f.engine.openGroup("out", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.sendTexts(f.engine.createProducer("in"), "consumed");
            Collector c = Collector.attach(f.engine.group("in", "g").orElseThrow(), null, 10);
            Delivery consumed = c.next();
            join(f.engine.createProducer("out").sendInTransaction("open", text("never")));
            join(f.engine.createProducer("out").sendInTransaction("prepared", text("maybe")));
            assertThat(join(f.engine.transactions().prepare("prepared",
                    List.of(new TransactionAck(c.handle, List.of(consumed.deliveryId())))))).isTrue();
            f.engine.checkpointAndApplyRetention();
            copyDirectory(dir, crashCopy);
        }
        try (EngineFixture f = new EngineFixture(crashCopy)) {
            assertThat(f.engine.transactions().prepared()).containsExactly("prepared");
            assertThat(f.engine.transactions().isOpen("open")).isFalse();
            Collector in = Collector.attach(f.engine.group("in", "g").orElseThrow(), null, 10);
            in.assertNothingFor(200); // held by the prepared transaction
            Collector out = Collector.attach(f.engine.group("out", "g").orElseThrow(), null, 10);
            out.assertNothingFor(100);
            join(f.engine.transactions().commit("prepared", List.of()));
            assertThat(text(out.next())).isEqualTo("maybe");
            out.assertNothingFor(100);
            f.reopen();
            assertThat(f.engine.group("in", "g").orElseThrow().backlog()).isZero();
            assertThat(f.engine.group("out", "g").orElseThrow().backlog()).isEqualTo(1);
        }
    }

    @Test
    void aPreparedTransactionRolledBackAfterACrashDeliversWhatItHadConsumedAgain() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("in", 1);
            f.engine.openGroup("in", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.sendTexts(f.engine.createProducer("in"), "consumed");
            Collector c = Collector.attach(f.engine.group("in", "g").orElseThrow(), null, 10);
            Delivery consumed = c.next();
            join(f.engine.transactions().prepare("x", List.of(new TransactionAck(c.handle, List.of(consumed.deliveryId())))));
            c.handle.close(); // the consumer going away does not give a prepared transaction's message back
            Collector other = Collector.attach(f.engine.group("in", "g").orElseThrow(), null, 10);
            other.assertNothingFor(200);
            copyDirectory(dir, crashCopy);
        }
        try (EngineFixture f = new EngineFixture(crashCopy)) {
            Collector in = Collector.attach(f.engine.group("in", "g").orElseThrow(), null, 10);
            in.assertNothingFor(100);
            join(f.engine.transactions().rollback("x", List.of()));
            Delivery again = in.next();
            assertThat(text(again)).isEqualTo("consumed");
            assertThat(again.redelivered()).isTrue();
            assertThat(f.engine.transactions().prepared()).isEmpty();
        }
    }

    @Test
    void aTransactionWithNothingToDoPreparesReadOnly() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            assertThat(join(f.engine.transactions().prepare("empty", List.of()))).isFalse();
            assertThat(f.engine.transactions().isOpen("empty")).isFalse();
        }
    }

    @Test
    void retentionKeepsTheSegmentsOfALiveTransaction() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withStore(c.store().withSegmentBytes(64 * 1024)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            join(f.engine.createProducer("t").sendInTransaction("long", text("early")));
            Collector c = Collector.attach(g, null, 1000);
            byte[] filler = new byte[8 * 1024];
            ProducerHandle p = f.engine.createProducer("t");
            for (int i = 0; i < 40; i++) {
                EngineFixture.send(p, EngineMessage.of(filler));
                c.nextAndAck();
            }
            f.engine.checkpointAndApplyRetention();
            f.engine.checkpointAndApplyRetention();
            join(f.engine.transactions().commit("long", List.of()));
            assertThat(text(c.next())).isEqualTo("early");
        }
    }
}
