package io.sluice.samples.ordercart;

import io.sluice.client.transactional.LocalTransactionState;
import io.sluice.client.transactional.TransactionalProducer;
import io.sluice.client.transactional.TransactionalSendResult;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Session;

import java.sql.SQLException;

/**
 * Creates orders: the {@code Order} message is sent as a half message, the row is committed in the local
 * transaction, then the message is committed. When the service cannot tell (it "crashes" between its database
 * commit and the message commit), the broker checks back and the answer comes from the order table.
 */
final class OrderService implements AutoCloseable {
    /** How the local transaction ends, to show the check-back at work. */
    enum Run { NORMAL, CRASH_AFTER_DATABASE_COMMIT, DATABASE_FAILS }

    private final OrderTable table;
    private final Session session;
    private final Queue orders;
    private final TransactionalProducer producer;

    OrderService(Connection connection, OrderTable table) throws JMSException {
        this.table = table;
        this.session = connection.createSession();
        this.orders = session.createQueue("orders");
        this.producer = TransactionalProducer.create(connection, "order-service", message -> {
            Order order = Order.of(message);
            boolean committed = table.contains(order.id());
            System.out.printf("check-back: order %s is %sin the order table: %s%n", order.id(),
                    committed ? "" : "not ", committed ? "COMMIT" : "ROLLBACK");
            return committed ? LocalTransactionState.COMMIT : LocalTransactionState.ROLLBACK;
        });
    }

    TransactionalSendResult place(Order order, Run run) throws JMSException {
        return producer.send(orders, order.toMessage(session), message -> {
            try {
                table.insert(order, run == Run.DATABASE_FAILS);
            } catch (SQLException e) {
                System.out.printf("order %s: %s; the service goes down before it can say so%n", order.id(),
                        e.getMessage());
                return LocalTransactionState.UNKNOWN;
            }
            if (run == Run.CRASH_AFTER_DATABASE_COMMIT) {
                System.out.printf("order %s committed in the database; the service crashes before committing"
                        + " the message%n", order.id());
                return LocalTransactionState.UNKNOWN;
            }
            return LocalTransactionState.COMMIT;
        });
    }

    @Override
    public void close() throws JMSException {
        producer.close();
        session.close();
    }
}
