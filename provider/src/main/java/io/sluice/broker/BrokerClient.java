package io.sluice.broker;

import io.sluice.message.SluiceDestination;
import io.sluice.security.Authorizer;
import io.sluice.security.Permission;
import io.sluice.security.Principal;
import io.sluice.transaction.XaTransactions;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The broker side of one JMS connection: its identity, client ID, sessions and temporary destinations. */
public final class BrokerClient implements AutoCloseable {

    private final Broker broker;
    private final Principal principal;
    private final long serial;
    private final int anonymousTag = PublisherTags.anonymous();
    private final List<ClientSession> sessions = new ArrayList<>();
    private final Map<String, SluiceDestination> temporaries = new HashMap<>();
    private final List<Runnable> closeListeners = new ArrayList<>();
    private final List<Consumer<JMSException>> failureListeners = new CopyOnWriteArrayList<>();
    private String clientId;
    private boolean closed;

    BrokerClient(Broker broker, Principal principal, long serial) {
        this.broker = broker;
        this.principal = principal;
        this.serial = serial;
    }

    /** The broker's XA branches: a connection can start, end, prepare, commit, roll back and recover any. */
    public XaTransactions xa() {
        return broker.xa();
    }

    /** The broker's check-back transactions; a handler registered through here goes when this connection closes. */
    public io.sluice.checkback.CheckBacks checkBacks() {
        return broker.checkBacks();
    }

    public String resourceManagerId() {
        return broker.resourceManagerId();
    }

    public long serial() {
        return serial;
    }

    public Principal principal() {
        return principal;
    }

    public synchronized String clientId() {
        return clientId;
    }

    /** Registers the client ID; {@code InvalidClientIDException} when another connection holds it. */
    public synchronized void setClientId(String id) throws JMSException {
        if (clientId != null) {
            throw new IllegalStateException("the client ID is already set to '" + clientId + "'");
        }
        broker.clientIds().register(id);
        clientId = id;
    }

    /** The tag stamped on every message this connection publishes, for noLocal subscribers. */
    synchronized int publisherTag() {
        return clientId != null ? PublisherTags.ofClientId(clientId) : anonymousTag;
    }

    public synchronized ClientSession openSession() throws JMSException {
        checkOpen();
        ClientSession session = new ClientSession(broker, this);
        sessions.add(session);
        return session;
    }

    synchronized void sessionClosed(ClientSession session) {
        sessions.remove(session);
    }

    /** @return the unique name of a new temporary queue or topic owned by this connection */
    public String createTemporaryName(boolean topic) throws JMSException {
        checkOpen();
        return (topic ? "temp-topic-" : "temp-queue-") + UUID.randomUUID();
    }

    /** Declares a temporary destination created by the client under a name from {@link #createTemporaryName}. */
    public synchronized void declareTemporary(SluiceDestination destination) throws JMSException {
        checkOpen();
        broker.security().authorizer().check(principal, Permission.CREATE, Authorizer.TEMPORARY_DESTINATIONS,
                destination.isTopic());
        String topic = broker.destinations().declareTemporary(destination);
        broker.temporaryDestinations().add(topic, serial);
        temporaries.put(topic, destination);
    }

    public synchronized void deleteTemporary(SluiceDestination destination) throws JMSException {
        String topic = EngineNames.topicOf(destination);
        broker.temporaryDestinations().remove(topic, destination.name(), serial);
        if (temporaries.remove(topic) != null) {
            broker.destinations().delete(topic);
        }
    }

    public void unsubscribe(String name) throws JMSException {
        checkOpen();
        if (name == null || name.isEmpty()) {
            throw new jakarta.jms.InvalidDestinationException("a subscription name must not be null or empty");
        }
        broker.subscriptions().unsubscribe(clientId(), name, topic -> broker.security().authorizer().check(principal,
                Permission.CREATE, EngineNames.jmsName(topic), true));
    }

    /** Runs when the connection closes: the embedded broker registry counts connections with it. */
    public synchronized void onClose(Runnable listener) {
        closeListeners.add(listener);
    }

    /** Called when the broker can no longer serve this connection (it was shut down). */
    public void onFailure(Consumer<JMSException> listener) {
        failureListeners.add(listener);
    }

    void brokerFailed(JMSException problem) {
        failureListeners.forEach(listener -> listener.accept(problem));
    }

    private synchronized void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    @Override
    public void close() {
        List<Runnable> listeners;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            for (ClientSession session : new ArrayList<>(sessions)) {
                session.close();
            }
            for (Map.Entry<String, SluiceDestination> temporary : temporaries.entrySet()) {
                try {
                    broker.temporaryDestinations().remove(temporary.getKey(), temporary.getValue().name(), serial);
                } catch (JMSException e) {
                    // its consumers were closed with the sessions above, so removal cannot be refused
                    throw new java.lang.IllegalStateException(e);
                }
                broker.destinations().delete(temporary.getKey());
            }
            temporaries.clear();
            if (clientId != null) {
                broker.clientIds().release(clientId);
            }
            listeners = new ArrayList<>(closeListeners);
        }
        listeners.forEach(Runnable::run);
    }
}
