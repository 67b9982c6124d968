package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.sluice.engine.EngineFixture.sendTexts;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class RestartTest {
    @TempDir
    Path dir;

    @TempDir
    Path crashCopy;

    @Test
    void aDurableGroupResumesAtItsCommittedOffsetsWithItsAttributes() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 2);
            GroupOptions options = GroupOptions.durable(ConsumeMode.CONCURRENT).withAttributes(Map.of("selector", "x > 1"));
            ConsumerGroup g = f.engine.openGroup("t", "g", options);
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "1", "2", "3", "4");
            Collector c = Collector.attach(g, null, 2);
            c.nextAndAck();
            c.nextAndAck();
            f.reopen();
            ConsumerGroup again = f.engine.group("t", "g").orElseThrow();
            assertThat(again.options().attributes()).containsEntry("selector", "x > 1");
            assertThat(again.backlog()).isEqualTo(2);
            Collector after = Collector.attach(again, null, 10);
            List<Delivery> rest = after.next(2);
            assertThat(rest).extracting(EngineFixture::text).containsExactly("3", "4");
            assertThat(rest).noneMatch(Delivery::redelivered);
            after.assertNothingFor(100);
        }
    }

    @Test
    void deliveriesUnacknowledgedAtACleanCloseComeBackFlaggedTheOthersDoNot() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(f.engine.createProducer("t"), "held", "untouched");
            Collector c = Collector.attach(g, null, 1);
            assertThat(text(c.next())).isEqualTo("held");
            f.reopen();
            Collector after = Collector.attach(f.engine.group("t", "g").orElseThrow(), null, 10);
            List<Delivery> got = after.next(2);
            assertThat(got).extracting(EngineFixture::text).containsExactly("held", "untouched");
            assertThat(got.get(0).redelivered()).isTrue();
            assertThat(got.get(1).redelivered()).isFalse();
        }
    }

    @Test
    void nonDurableGroupsVanishWithTheirLastConsumerAndAreNotRecovered() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup transientGroup = f.engine.openGroup("t", "sub", GroupOptions.transientFromLatest(ConsumeMode.CONCURRENT));
            ConsumerHandle a = transientGroup.attach(d -> { }, null);
            ConsumerHandle b = transientGroup.attach(d -> { }, null);
            a.close();
            assertThat(f.engine.group("t", "sub")).isPresent();
            b.close();
            assertThat(f.engine.group("t", "sub")).isEmpty();
            ConsumerGroup kept = f.engine.openGroup("t", "kept", GroupOptions.transientFromLatest(ConsumeMode.CONCURRENT));
            kept.attach(d -> { }, null);
            f.reopen();
            assertThat(f.engine.group("t", "kept")).isEmpty();
        }
    }

    @Test
    void aLatestGroupSeesOnlyLaterMessagesAndEarliestSeesAll() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "old");
            ConsumerGroup probe = f.engine.openGroup("t", "probe", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.awaitBacklog(probe, 1);
            ConsumerGroup latest = f.engine.openGroup("t", "latest", GroupOptions.durable(ConsumeMode.CONCURRENT).withStart(StartPosition.LATEST));
            ConsumerGroup earliest = f.engine.openGroup("t", "earliest", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(p, "new");
            assertThat(text(Collector.attach(latest, null, 10).next())).isEqualTo("new");
            assertThat(Collector.attach(earliest, null, 10).next(2)).extracting(EngineFixture::text).containsExactly("old", "new");
        }
    }

    @Test
    void reopeningWithAnotherModeIsRefusedDeletingForgetsTheOffsets() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(f.engine.createProducer("t"), "a");
            Collector c = Collector.attach(g, null, 10);
            c.nextAndAck();
            c.handle.close();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("CONCURRENT");
            f.engine.deleteGroup("t", "g");
            f.reopen();
            assertThat(f.engine.group("t", "g")).isEmpty();
            ConsumerGroup fresh = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            assertThat(fresh.backlog()).isEqualTo(1);
        }
    }

    @Test
    void afterACrashAcknowledgedMessagesStayConsumedAndTheOthersComeBackFlagged() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withCheckpointInterval(Duration.ofHours(1)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(f.engine.createProducer("t"), "acked", "delivered", "never delivered");
            Collector c = Collector.attach(g, null, 2);
            c.nextAndAck();
            c.next();
            // no checkpoint was written after the ack: recovery must replay its ack record
            EngineFixture.copyDirectory(dir, crashCopy);
        }
        try (EngineFixture recovered = new EngineFixture(crashCopy)) {
            ConsumerGroup g = recovered.engine.group("t", "g").orElseThrow();
            assertThat(g.backlog()).isEqualTo(2);
            List<Delivery> got = Collector.attach(g, null, 10).next(2);
            assertThat(got).extracting(EngineFixture::text).containsExactly("delivered", "never delivered");
            assertThat(got).allMatch(Delivery::redelivered);
        }
    }

    @Test
    void aGroupDeletedAndCreatedAgainDoesNotInheritTheOldAcknowledgements() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withCheckpointInterval(Duration.ofHours(1)))) {
            f.topic("t", 1);
            ConsumerGroup old = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(f.engine.createProducer("t"), "a", "b");
            Collector c = Collector.attach(old, null, 10);
            c.nextAndAck();
            c.nextAndAck();
            c.handle.close();
            f.engine.deleteGroup("t", "g");
            assertThat(f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT)).backlog()).isEqualTo(2);
            EngineFixture.copyDirectory(dir, crashCopy);
        }
        try (EngineFixture recovered = new EngineFixture(crashCopy)) {
            assertThat(recovered.engine.group("t", "g").orElseThrow().backlog()).isEqualTo(2);
        }
    }

    @Test
    void aGroupCanStartAtAPointInTime() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 2);
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "before-1", "before-2");
            long startAt = System.currentTimeMillis() + 1;
            EngineFixture.await(() -> System.currentTimeMillis() > startAt, "the clock to move on");
            sendTexts(p, "after-1", "after-2");
            ConsumerGroup probe = f.engine.openGroup("t", "probe", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.awaitBacklog(probe, 4);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT),
                    java.time.Instant.ofEpochMilli(startAt));
            assertThat(g.backlog()).isEqualTo(2);
            assertThat(Collector.attach(g, null, 10).next(2)).extracting(EngineFixture::text).containsExactly("after-1", "after-2");
            f.reopen();
            assertThat(f.engine.group("t", "g").orElseThrow().backlog()).isEqualTo(2);
        }
    }

    @Test
    void damagedMetadataFilesStopTheOpenWithAClearErrorAndAreLeftAsTheyAre() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
        }
        Path topics = dir.resolve("engine").resolve("topics");
        String intact = java.nio.file.Files.readString(topics);
        java.nio.file.Files.writeString(topics, intact.replace("end=true", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Engine.open(EngineConfig.defaults(dir)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("topics").hasMessageContaining("incomplete");
        java.nio.file.Files.writeString(topics, intact);
        Path checkpoint = dir.resolve("engine").resolve("checkpoint");
        java.nio.file.Files.writeString(checkpoint, "groups=1\ng.0.queues=x\nend=true\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Engine.open(EngineConfig.defaults(dir)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("checkpoint").hasMessageContaining("malformed");
        assertThat(java.nio.file.Files.readString(checkpoint)).contains("g.0.queues=x");
    }

    @Test
    void deliveryCountsSurviveARestartSoPoisonMessagesStillReachTheDeadLetterTopic() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withRedelivery(RedeliveryPolicy.defaults().withMaxDeliveries(4)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            sendTexts(f.engine.createProducer("t"), "poison");
            Collector c = Collector.attach(g, null, 10);
            c.handle.release(c.next().deliveryId(), true);
            c.handle.release(c.next().deliveryId(), true);
            assertThat(c.next().deliveryCount()).isEqualTo(3); // still unacknowledged at close: it counts
            f.reopen();
            Collector after = Collector.attach(f.engine.group("t", "g").orElseThrow(), null, 10);
            Delivery fourth = after.next();
            assertThat(fourth.deliveryCount()).isEqualTo(4);
            after.handle.release(fourth.deliveryId(), true);
            Delivery dead = Collector.attach(f.engine.openGroup("DLQ", "g", GroupOptions.durable(ConsumeMode.CONCURRENT)), null, 10).next();
            assertThat(text(dead)).isEqualTo("poison");
        }
    }

    @Test
    void aDelayedMessageKeepsItsDeliveryTimeAcrossARestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            long deliverAt = System.currentTimeMillis() + 1000;
            EngineFixture.send(f.engine.createProducer("t"), EngineFixture.text("later").withDeliverAt(deliverAt));
            f.reopen();
            Delivery d = Collector.attach(f.engine.group("t", "g").orElseThrow(), null, 10).next();
            assertThat(text(d)).isEqualTo("later");
            assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(deliverAt);
        }
    }

    @Test
    void aMessageWhoseDeliveriesRanOutBeforeARestartGoesStraightToTheDeadLetterTopic() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withRedelivery(RedeliveryPolicy.defaults().withMaxDeliveries(2)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            sendTexts(f.engine.createProducer("t"), "poison", "fine");
            Collector c = Collector.attach(g, null, 1);
            Delivery first = c.next();
            assertThat(text(first)).isEqualTo("poison");
            c.handle.release(first.deliveryId(), true);
            c.handle.grantCredit(1);
            assertThat(c.next().deliveryCount()).isEqualTo(2); // held at close: its second delivery counts
            f.reopen();
            ConsumerGroup again = f.engine.group("t", "g").orElseThrow();
            assertThat(text(Collector.attach(again, null, 10).nextAndAck())).isEqualTo("fine");
            EngineFixture.awaitBacklog(again, 0);
            Delivery dead = Collector.attach(f.engine.openGroup("DLQ", "g", GroupOptions.durable(ConsumeMode.CONCURRENT)), null, 10).next();
            assertThat(text(dead)).isEqualTo("poison");
        }
    }
}
