package io.sluice.client;

import io.sluice.client.transport.BrokerConnection;
import io.sluice.client.transport.Transport;
import jakarta.jms.ConnectionConsumer;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.ServerSessionPool;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicSession;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JMS connection: the client ID, the started/stopped state shared by its sessions, and the
 * transport connection to the broker. Created stopped, as the spec requires.
 */
public class SluiceConnection implements QueueConnection, TopicConnection {

    private final BrokerConnection broker;
    private final ClientOptions options;
    private final List<SluiceSession> sessions = new CopyOnWriteArrayList<>();
    private final String id = UUID.randomUUID().toString();
    private final String messageIdPrefix = "ID:" + id + ":";
    private final TemporaryDestinationFactory temporaryDestinations;
    private final AtomicLong messageIds = new AtomicLong();
    private final Object lifecycle = new Object();
    private final boolean clientIdAdministrative;
    private volatile String clientId;
    private volatile boolean started;
    private volatile boolean closed;
    private boolean used;
    private volatile ExceptionListener exceptionListener;
    private volatile JMSException lost;

    private final String userName;
    private final boolean queueOnly;

    SluiceConnection(BrokerConnection broker, ClientOptions options, String administrativeClientId, String userName,
                     boolean queueOnly) {
        this.broker = broker;
        this.queueOnly = queueOnly;
        this.userName = userName == null || userName.isEmpty() ? null : userName;
        this.options = options;
        this.clientId = administrativeClientId;
        this.clientIdAdministrative = administrativeClientId != null;
        this.temporaryDestinations = new TemporaryDestinationFactory(this, broker);
    }

    static SluiceConnection open(ConnectionUrl url, String user, String password) throws JMSException {
        return open(url, user, password, false);
    }

    /** @param queueOnly a QueueConnection from a QueueConnectionFactory: it refuses the topic-only methods */
    static SluiceConnection open(ConnectionUrl url, String user, String password, boolean queueOnly)
            throws JMSException {
        return open(url, user, password, queueOnly, SluiceConnection::new);
    }

    /** How a connection of a given class is made once its broker connection is open. */
    @FunctionalInterface
    interface Maker<C extends SluiceConnection> {
        C make(BrokerConnection broker, ClientOptions options, String administrativeClientId, String userName,
               boolean queueOnly);
    }

    static <C extends SluiceConnection> C open(ConnectionUrl url, String user, String password, boolean queueOnly,
                                               Maker<C> maker) throws JMSException {
        ClientOptions options;
        try {
            options = ClientOptions.from(url);
        } catch (IllegalArgumentException e) {
            throw new JMSException(e.getMessage());
        }
        BrokerConnection broker = Transport.forUrl(url).connect(url, user, password);
        String clientId = url.option("clientID");
        if (clientId != null) {
            try {
                broker.setClientId(clientId);
            } catch (JMSException e) {
                broker.close();
                throw e;
            }
        }
        C connection = maker.make(broker, options, clientId, user, queueOnly);
        broker.onFailure(connection::brokerLost);
        broker.onFailure(connection::reportAsync);
        return connection;
    }

    BrokerConnection broker() {
        return broker;
    }

    /** The authenticated user, stamped as JMSXUserID on sent messages; null for anonymous. */
    String userName() {
        return userName;
    }

    String id() {
        return id;
    }

    TemporaryDestinationFactory temporaryDestinations() {
        return temporaryDestinations;
    }

    ClientOptions options() {
        return options;
    }

    boolean isStarted() {
        return started;
    }

    /** Why the broker can no longer be reached (its connection lost, or it shut down); null while it can. */
    JMSException lostReason() {
        return lost;
    }

    /** Receives waiting for a message that can no longer come end now, with the reason. */
    private void brokerLost(JMSException reason) {
        lost = reason;
        sessions.forEach(SluiceSession::connectionLost);
    }

    boolean isClosed() {
        return closed;
    }

    String nextMessageId() {
        return messageIdPrefix + messageIds.incrementAndGet();
    }

    void checkOpen() throws IllegalStateException {
        if (closed) {
            throw JmsExceptions.closed("connection");
        }
    }

    /** After any other action the client ID can no longer be set (spec 6.1.2). */
    void markUsed() {
        synchronized (lifecycle) {
            used = true;
        }
    }

    @Override
    public Session createSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return createSession(legacyMode(transacted, acknowledgeMode));
    }

    /** The JMS 1.1 pair (transacted, acknowledgeMode) as one session mode. */
    private static int legacyMode(boolean transacted, int acknowledgeMode) throws JMSException {
        if (transacted) {
            return Session.SESSION_TRANSACTED;
        }
        if (acknowledgeMode == Session.SESSION_TRANSACTED) {
            throw new JMSException("SESSION_TRANSACTED requires transacted=true");
        }
        return acknowledgeMode;
    }

    @Override
    public SluiceSession createSession(int sessionMode) throws JMSException {
        return createSession(sessionMode, SluiceSession.Domain.ANY);
    }

    private SluiceSession createSession(int sessionMode, SluiceSession.Domain domain) throws JMSException {
        checkOpen();
        markUsed();
        SessionMode.check(sessionMode);
        return register(new SluiceSession(this, broker.createSession(), sessionMode, domain));
    }

    /** Takes a new session into the connection (closed with it); fails if the connection closed meanwhile. */
    <S extends SluiceSession> S register(S session) throws JMSException {
        sessions.add(session);
        if (closed) {
            // close() ran concurrently and did not see this session
            session.close();
            throw JmsExceptions.closed("connection");
        }
        return session;
    }

    @Override
    public Session createSession() throws JMSException {
        return createSession(Session.AUTO_ACKNOWLEDGE);
    }

    @Override
    public QueueSession createQueueSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return createSession(legacyMode(transacted, acknowledgeMode), SluiceSession.Domain.QUEUE);
    }

    @Override
    public TopicSession createTopicSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return createSession(legacyMode(transacted, acknowledgeMode), SluiceSession.Domain.TOPIC);
    }

    void sessionClosed(SluiceSession session) {
        sessions.remove(session);
    }

    @Override
    public String getClientID() throws JMSException {
        checkOpen();
        return clientId;
    }

    @Override
    public void setClientID(String id) throws JMSException {
        checkOpen();
        synchronized (lifecycle) {
            if (clientIdAdministrative) {
                throw new IllegalStateException("the client ID was set administratively to '" + clientId + "'");
            }
            if (clientId != null) {
                throw new IllegalStateException("the client ID is already set to '" + clientId + "'");
            }
            if (used) {
                throw new IllegalStateException("the client ID must be set before the connection is used");
            }
            broker.setClientId(id);
            clientId = id;
            used = true;
        }
    }

    @Override
    public ConnectionMetaData getMetaData() throws JMSException {
        checkOpen();
        markUsed();
        return SluiceConnectionMetaData.INSTANCE;
    }

    @Override
    public ExceptionListener getExceptionListener() throws JMSException {
        checkOpen();
        markUsed();
        return exceptionListener;
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) throws JMSException {
        checkOpen();
        markUsed();
        this.exceptionListener = listener;
    }

    /** Tells the application about a problem no call of its own would report, such as a failed listener acknowledgement. */
    void reportAsync(JMSException problem) {
        ExceptionListener listener = exceptionListener;
        if (listener != null) {
            listener.onException(problem);
        }
    }

    @Override
    public void start() throws JMSException {
        checkOpen();
        markUsed();
        synchronized (lifecycle) {
            started = true;
        }
        sessions.forEach(SluiceSession::connectionStarted);
    }

    @Override
    public void stop() throws JMSException {
        checkOpen();
        markUsed();
        checkNotInOwnCallback("stop");
        synchronized (lifecycle) {
            started = false;
        }
        // returns only once no listener of this connection is running any more
        for (SluiceSession session : sessions) {
            session.awaitListenerIdle();
        }
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        checkNotInOwnCallback("close");
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            started = false;
            closed = true;
        }
        for (SluiceSession session : sessions) {
            session.close();
        }
        broker.close();
    }

    private void checkNotInOwnCallback(String what) throws IllegalStateException {
        SluiceSession current = SluiceSession.currentCallbackSession();
        if (current != null && current.connection() == this) {
            throw new IllegalStateException("a message or completion listener must not " + what + " its own connection");
        }
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Destination destination, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        checkOpen();
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createSharedConnectionConsumer(Topic topic, String subscriptionName, String messageSelector,
                                                             ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        checkOpen();
        checkTopicAllowed("createSharedConnectionConsumer");
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                              String messageSelector, ServerSessionPool sessionPool,
                                                              int maxMessages) throws JMSException {
        checkOpen();
        checkTopicAllowed("createDurableConnectionConsumer");
        throw connectionConsumersUnsupported();
    }

    @Override
    public ConnectionConsumer createSharedDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                                    String messageSelector, ServerSessionPool sessionPool,
                                                                    int maxMessages) throws JMSException {
        checkOpen();
        checkTopicAllowed("createSharedDurableConnectionConsumer");
        throw connectionConsumersUnsupported();
    }

    /** A QueueConnection refuses the methods of the publish/subscribe domain (QueueConnection javadoc). */
    private void checkTopicAllowed(String method) throws IllegalStateException {
        if (queueOnly) {
            throw new IllegalStateException(method + " is not allowed on a QueueConnection");
        }
    }

    /** Connection consumers belong to the application server facilities, optional in the spec (chapter 11). */
    private static JMSException connectionConsumersUnsupported() {
        return new JMSException("connection consumers (an optional application server facility) are not supported");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Queue queue, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        return createConnectionConsumer((Destination) queue, messageSelector, sessionPool, maxMessages);
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Topic topic, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        return createConnectionConsumer((Destination) topic, messageSelector, sessionPool, maxMessages);
    }
}
