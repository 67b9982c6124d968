package io.sluice.server;

import io.sluice.checkback.InDoubtTransaction;
import io.sluice.client.SluiceConnectionFactory;
import io.sluice.client.transactional.TransactionAdmin;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code sluice admin in-doubt | commit-transaction ID | rollback-transaction ID}: the check-back transactions
 * left in doubt, through {@link TransactionAdmin} on a client connection.
 */
final class CheckBackAdminCommand {
    private CheckBackAdminCommand() {
    }

    /** @return 0 done, 1 the broker refused or failed */
    static int run(String url, String user, String password, List<String> command, PrintStream out,
                   PrintStream err) {
        try (Connection connection = new SluiceConnectionFactory(url).createConnection(user, password)) {
            TransactionAdmin admin = new TransactionAdmin(connection);
            switch (command.get(0)) {
                case "in-doubt" -> {
                    for (InDoubtTransaction transaction : admin.inDoubt()) {
                        out.println("in doubt " + transaction.transactionId() + " group="
                                + transaction.producerGroup() + " checks=" + transaction.checks());
                    }
                }
                case "commit-transaction" -> out.println(command.get(1) + " " + admin.commit(command.get(1)));
                default -> out.println(command.get(1) + " " + admin.rollback(command.get(1)));
            }
            return 0;
        } catch (JMSException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
