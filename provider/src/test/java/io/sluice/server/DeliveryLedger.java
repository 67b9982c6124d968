package io.sluice.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of a crash test were promised and what they saw: ids sent (attempted), sends that
 * returned, and every receipt of an id with its JMSRedelivered flag and whether its acknowledgement returned.
 * The checks are the durability contract: every send that returned is received; an id comes again only
 * if no acknowledgement of it had returned, and then flagged redelivered.
 */
final class DeliveryLedger {

    static final class Receipt {
        final boolean redelivered;
        volatile boolean ackReturned;

        Receipt(boolean redelivered) {
            this.redelivered = redelivered;
        }
    }

    private final Set<String> attempted = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Receipt>> receipts = new ConcurrentHashMap<>();

    void attempting(String id) {
        attempted.add(id);
    }

    void sendReturned(String id) {
        confirmed.add(id);
    }

    Receipt received(String id, boolean redelivered) {
        Receipt receipt = new Receipt(redelivered);
        List<Receipt> list = receipts.computeIfAbsent(id, key -> new ArrayList<>());
        synchronized (list) {
            list.add(receipt);
        }
        return receipt;
    }

    int confirmedCount() {
        return confirmed.size();
    }

    /** Confirmed sends not received yet. */
    long missing() {
        return confirmed.stream().filter(id -> !receipts.containsKey(id)).count();
    }

    /** Receipts beyond the first, over all ids. */
    int duplicates() {
        return receipts.values().stream().mapToInt(list -> list.size() - 1).sum();
    }

    /** Every broken promise, one line each; empty when the contract held. */
    List<String> violations() {
        List<String> problems = new ArrayList<>();
        confirmed.stream().filter(id -> !receipts.containsKey(id)).sorted()
                .forEach(id -> problems.add(id + ": send returned but never received (lost)"));
        receipts.forEach((id, list) -> {
            if (!attempted.contains(id)) {
                problems.add(id + ": received but never sent");
            }
            synchronized (list) {
                for (int i = 0; i < list.size() - 1; i++) {
                    if (list.get(i).ackReturned) {
                        problems.add(id + ": received again after its acknowledgement returned");
                    }
                }
                for (int i = 1; i < list.size(); i++) {
                    if (!list.get(i).redelivered) {
                        problems.add(id + ": received again without JMSRedelivered");
                    }
                }
            }
        });
        return problems;
    }
}
