package io.sluice.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The crash test's checks catch each way the durability contract can break. */
class DeliveryLedgerTest {

    private final DeliveryLedger ledger = new DeliveryLedger();

    private void sent(String id) {
        ledger.attempting(id);
        ledger.sendReturned(id);
    }

    @Test
    void aReturnedSendNeverReceivedIsLost() {
        sent("a");
        assertThat(ledger.violations()).singleElement().asString().contains("a").contains("lost");
    }

    @Test
    void anUnacknowledgedMessageMayComeBackRedelivered() {
        sent("a");
        ledger.received("a", false);
        ledger.received("a", true).ackReturned = true;
        assertThat(ledger.violations()).isEmpty();
        assertThat(ledger.duplicates()).isEqualTo(1);
    }

    @Test
    void aCopyAfterAReturnedAcknowledgementOrWithoutTheFlagIsReported() {
        sent("a");
        ledger.received("a", false).ackReturned = true;
        ledger.received("a", true);
        sent("b");
        ledger.received("b", false);
        ledger.received("b", false);
        ledger.received("ghost", false);
        assertThat(ledger.violations()).containsExactlyInAnyOrder(
                "a: received again after its acknowledgement returned",
                "b: received again without JMSRedelivered",
                "ghost: received but never sent");
    }
}
