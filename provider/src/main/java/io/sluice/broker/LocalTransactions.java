package io.sluice.broker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The engine names of one session's local transactions: the client names its transactions, the broker makes the
 * names unique (no other session, connection or broker run can use them), and remembers which are open so that
 * closing the session rolls them back. Guarded by the session.
 */
final class LocalTransactions {
    private final String prefix = "local." + UUID.randomUUID() + ".";
    private final Set<String> open = new LinkedHashSet<>();

    String engineId(String clientId) {
        String id = prefix + clientId;
        open.add(id);
        return id;
    }

    /** The transaction ends (commit or rollback): a later send with the same client name starts a new one. */
    String end(String clientId) {
        String id = prefix + clientId;
        open.remove(id);
        return id;
    }

    List<String> endAll() {
        List<String> all = new ArrayList<>(open);
        open.clear();
        return all;
    }
}
