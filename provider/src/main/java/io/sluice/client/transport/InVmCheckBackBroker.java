package io.sluice.client.transport;

import io.sluice.broker.BrokerClient;
import io.sluice.broker.JmsErrors;
import io.sluice.checkback.CheckHandler;
import io.sluice.checkback.Decision;
import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;
import jakarta.jms.JMSException;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link CheckBackBroker} in-VM: calls on the broker's check-back table, the checks handed over directly. */
final class InVmCheckBackBroker implements CheckBackBroker {
    private final BrokerClient client;

    InVmCheckBackBroker(BrokerClient client) {
        this.client = client;
    }

    @Override
    public Registration register(String producerGroup, CheckHandler handler) {
        Runnable unregister = client.checkBacks().register(producerGroup, handler);
        client.onClose(unregister);
        return new Registration() {
            @Override
            public String newTransaction() {
                return client.checkBacks().newTransaction(producerGroup);
            }

            @Override
            public void stored(String transactionId) throws JMSException {
                await(client.checkBacks().stored(transactionId, handler), "cannot store transaction " + transactionId);
            }

            @Override
            public void close() {
                unregister.run();
            }
        };
    }

    @Override
    public Outcome end(String transactionId, Decision decision, long epoch) throws JMSException {
        return await(client.checkBacks().end(transactionId, decision, epoch), "cannot end " + transactionId);
    }

    @Override
    public List<InDoubtTransaction> inDoubt() {
        return client.checkBacks().inDoubt();
    }

    @Override
    public Outcome resolve(String transactionId, boolean commit) throws JMSException {
        return await(client.checkBacks().resolve(transactionId, commit), "cannot resolve " + transactionId);
    }

    private static <T> T await(CompletableFuture<T> result, String what) throws JMSException {
        try {
            return result.join();
        } catch (RuntimeException e) {
            throw JmsErrors.wrap(what, e);
        }
    }
}
