package io.sluice.client.transport;

import io.sluice.broker.BrokerClient;
import io.sluice.engine.TransactionAck;
import io.sluice.transaction.XaErrors;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link XaBroker} in-VM: the calls on the broker's branch table, their asynchronous results awaited. */
final class InVmXaBroker implements XaBroker {
    private final BrokerClient client;

    InVmXaBroker(BrokerClient client) {
        this.client = client;
    }

    @Override
    public void start(Xid xid, int flags, int timeoutSeconds) throws XAException {
        client.xa().start(xid, flags, timeoutSeconds);
    }

    @Override
    public void end(Xid xid, int flags, List<ConsumedInTransaction> consumed) throws XAException {
        client.xa().end(xid, flags, consumed.stream().map(c -> new TransactionAck(
                ((InVmTransport.Consumer) c.consumer()).consumer().engineHandle(), c.deliveryIds())).toList());
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        return await(client.xa().prepare(xid));
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        await(client.xa().commit(xid, onePhase));
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        await(client.xa().rollback(xid));
    }

    @Override
    public List<Xid> recover() {
        return client.xa().recover();
    }

    @Override
    public void forget(Xid xid) throws XAException {
        client.xa().forget(xid);
    }

    @Override
    public String resourceManagerId() {
        return client.resourceManagerId();
    }

    private static <T> T await(CompletableFuture<T> result) throws XAException {
        try {
            return result.join();
        } catch (RuntimeException e) {
            throw XaErrors.unwrap(e);
        }
    }
}
