package io.sluice.checkback;

import io.sluice.engine.Engine;
import io.sluice.engine.EngineConfig;
import io.sluice.engine.EngineMessage;
import io.sluice.engine.TopicOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The races of a check-back transaction, played in a fixed order on the broker's table: every check carries a new
 * epoch; the first decision wins and every other learns its outcome; an answer to an older check changes nothing.
 */
class CheckBackEpochTest {
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path dataDir;
    private Engine engine;
    private CheckBacks checkBacks;
    private final BlockingQueue<CheckRequest> checks = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        engine = Engine.open(EngineConfig.defaults(dataDir));
        engine.declareTopic("orders", TopicOptions.defaults(1));
        checkBacks = new CheckBacks(engine.transactions(), new CheckBackSettings(Duration.ZERO, Duration.ofMillis(50), 2));
    }

    @AfterEach
    void close() {
        checkBacks.close();
        engine.close();
    }

    private String storedTransaction(CheckHandler origin) throws Exception {
        String id = checkBacks.newTransaction("orders-service");
        engine.createProducer("orders").sendInTransaction(id,
                EngineMessage.of("order-1".getBytes(StandardCharsets.UTF_8))).join();
        checkBacks.stored(id, origin).join();
        return id;
    }

    private CheckRequest nextCheck() throws InterruptedException {
        CheckRequest check = checks.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(check).as("a check").isNotNull();
        return check;
    }

    @Test
    void theProducersLateCommitWinsAndTheAnswerToTheCheckItRacedIsNotApplied() throws Exception {
        Runnable unregister = checkBacks.register("orders-service", checks::add);
        String id = storedTransaction(checks::add);
        CheckRequest check = nextCheck();
        assertThat(check.transactionId()).isEqualTo(id);
        assertThat(new String(check.messages().get(0), StandardCharsets.UTF_8)).isEqualTo("order-1");
        unregister.run(); // no further checks

        assertThat(checkBacks.end(id, Decision.COMMIT, CheckBacks.PRODUCER_EPOCH).join()).isEqualTo(Outcome.COMMITTED);
        assertThat(checkBacks.end(id, Decision.ROLLBACK, check.epoch()).join()).isEqualTo(Outcome.COMMITTED);
        assertThat(engine.transactions().isOpen(id)).isFalse();
    }

    @Test
    void theCheckAnswerWinsAndTheProducersLateCommitLearnsTheRollback() throws Exception {
        Runnable unregister = checkBacks.register("orders-service", checks::add);
        String id = storedTransaction(checks::add);
        CheckRequest check = nextCheck();
        unregister.run();

        assertThat(checkBacks.end(id, Decision.ROLLBACK, check.epoch()).join()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(checkBacks.end(id, Decision.COMMIT, CheckBacks.PRODUCER_EPOCH).join())
                .isEqualTo(Outcome.ROLLED_BACK);
    }

    @Test
    void anAnswerToAnOlderCheckIsIgnored() throws Exception {
        checkBacks.register("orders-service", checks::add);
        String id = storedTransaction(checks::add);
        CheckRequest first = nextCheck();
        CheckRequest second = nextCheck();
        assertThat(second.epoch()).isGreaterThan(first.epoch());

        assertThat(checkBacks.end(id, Decision.COMMIT, first.epoch()).join()).isEqualTo(Outcome.UNDECIDED);
        assertThat(engine.transactions().isPrepared(id)).as("still undecided").isTrue();
        // at most two checks: the second is the latest
        assertThat(checkBacks.end(id, Decision.ROLLBACK, second.epoch()).join()).isEqualTo(Outcome.ROLLED_BACK);
    }

    @Test
    void unknownChangesNothingAndAnUnknownTransactionIsATypedError() throws Exception {
        checkBacks.register("orders-service", checks::add);
        String id = storedTransaction(checks::add);
        assertThat(checkBacks.end(id, Decision.UNKNOWN, CheckBacks.PRODUCER_EPOCH).join()).isEqualTo(Outcome.UNDECIDED);
        assertThat(engine.transactions().isPrepared(id)).isTrue();
        assertThatThrownBy(() -> checkBacks.end("checkback.orders-service.nope", Decision.COMMIT, 0).join())
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checkBacks.stored("local.x", checks::add))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
