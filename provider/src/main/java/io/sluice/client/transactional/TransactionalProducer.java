package io.sluice.client.transactional;

import io.sluice.checkback.CheckBacks;
import io.sluice.checkback.CheckRequest;
import io.sluice.checkback.Decision;
import io.sluice.checkback.Outcome;
import io.sluice.client.HalfMessageSender;
import io.sluice.client.transport.CheckBackBroker;
import io.sluice.message.MessageCodec;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * RocketMQ's transactional producer, beside JMS: {@link #send} stores the message as a half message (durable,
 * invisible), runs the application's local transaction, and commits or rolls back the message as it answers. When
 * it answers UNKNOWN (or its process dies first) the broker asks a live producer of the same producer group, whose
 * {@link TransactionChecker} answers from the local transaction's records. Created on a Sluice connection, whose
 * life it shares; one thread may send at a time per producer, checks run on the producer's own thread.
 */
public final class TransactionalProducer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TransactionalProducer.class.getName());

    private final HalfMessageSender sender;
    private final CheckBackBroker broker;
    private final TransactionChecker checker;
    private final ExecutorService checks;
    private final CheckBackBroker.Registration registration;

    private TransactionalProducer(HalfMessageSender sender, String producerGroup, TransactionChecker checker)
            throws JMSException {
        this.sender = sender;
        this.broker = sender.checkBacks();
        this.checker = checker;
        this.checks = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sluice-transaction-checker-" + producerGroup);
            thread.setDaemon(true);
            return thread;
        });
        this.registration = broker.register(producerGroup, this::schedule);
    }

    /** A producer of {@code producerGroup} on a Sluice connection; {@code checker} answers the broker's checks. */
    public static TransactionalProducer create(Connection connection, String producerGroup, TransactionChecker checker)
            throws JMSException {
        if (producerGroup == null || producerGroup.isBlank()) {
            throw new IllegalArgumentException("a transactional producer needs a non-blank producer group");
        }
        if (checker == null) {
            throw new IllegalArgumentException("a transactional producer needs a TransactionChecker");
        }
        return new TransactionalProducer(new HalfMessageSender(connection), producerGroup, checker);
    }

    /**
     * Sends {@code message} (persistent) to {@code destination} as a half message, then runs {@code localTransaction}
     * and ends the transaction as it answers; the result carries the broker's acknowledged outcome.
     */
    public TransactionalSendResult send(Destination destination, Message message, LocalTransaction localTransaction)
            throws JMSException {
        if (localTransaction == null) {
            throw new IllegalArgumentException("send needs the local transaction to run");
        }
        String transactionId = registration.newTransaction();
        sender.send(destination, message, transactionId);
        registration.stored(transactionId);
        LocalTransactionState state;
        try {
            state = localTransaction.execute(message);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the local transaction of " + transactionId + " failed; the broker"
                    + " will check it back", e);
            state = LocalTransactionState.UNKNOWN;
        }
        Outcome outcome = broker.end(transactionId, decision(state), CheckBacks.PRODUCER_EPOCH);
        return new TransactionalSendResult(transactionId, state, outcome);
    }

    /** Called by the broker's thread (or the connection's event loop): the checker runs on the producer's own. */
    private void schedule(CheckRequest request) {
        try {
            checks.execute(() -> answer(request));
        } catch (RejectedExecutionException closing) {
            // the producer is closing: the broker asks again, this producer or another of the group
        }
    }

    private void answer(CheckRequest request) {
        LocalTransactionState state;
        try {
            state = checker.check(MessageCodec.decode(request.messages().get(0)));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the checker failed on " + request.transactionId()
                    + "; answering UNKNOWN", e);
            state = LocalTransactionState.UNKNOWN;
        }
        try {
            broker.end(request.transactionId(), decision(state), request.epoch());
        } catch (JMSException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot answer check " + request.epoch() + " of "
                    + request.transactionId() + "; the broker will check again", e);
        }
    }

    private static Decision decision(LocalTransactionState state) {
        return switch (state == null ? LocalTransactionState.UNKNOWN : state) {
            case COMMIT -> Decision.COMMIT;
            case ROLLBACK -> Decision.ROLLBACK;
            case UNKNOWN -> Decision.UNKNOWN;
        };
    }

    /** Stops answering checks (another producer of the group is asked); the connection stays open. */
    @Override
    public void close() throws JMSException {
        registration.close();
        checks.shutdownNow();
        sender.close();
    }
}
