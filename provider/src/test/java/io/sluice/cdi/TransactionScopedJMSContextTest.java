package io.sluice.cdi;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.inject.Inject;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.JMSPasswordCredential;
import jakarta.jms.JMSSessionMode;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.transaction.TransactionManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static io.sluice.cdi.CdiTestBrokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code @Inject JMSContext} inside JTA transactions of a real Narayana transaction manager, whose CDI
 * integration (on the class path) provides the {@code TransactionManager} and
 * {@code TransactionSynchronizationRegistry} beans.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionScopedJMSContextTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "transaction-scoped-context-test.jar")
                .addClass(CdiTestBrokers.class)
                .addAsResource("cdi-jndi.properties", "jndi.properties")
                .addAsManifestResource("cdi-beans.xml", "beans.xml");
    }

    @Inject
    TransactionManager transactions;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    JMSContext named;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    JMSContext sameAnnotations;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    @JMSSessionMode(JMSContext.CLIENT_ACKNOWLEDGE)
    JMSContext clientAcknowledge;

    @Inject
    @JMSConnectionFactory("jms/secured")
    @JMSPasswordCredential(userName = "reader", password = "reader-secret")
    JMSContext reader;

    @BeforeAll
    static void secureBroker() {
        CdiTestBrokers.writeSecurityConfig();
    }

    /** An application-managed context on the same broker, outside every transaction. */
    private JMSContext observer() {
        // named, used first by each test, started the broker; this joins it
        return new SluiceConnectionFactory("vm://cdi-named").createContext();
    }

    /**
     * Leaves no transaction on the thread when a test fails half-way. Each test calls it itself: under the
     * Arquillian runner, state set up in @BeforeEach was not visible to the test methods.
     */
    private void endTransactionLeftOpen() throws Exception {
        if (transactions.getTransaction() != null) {
            transactions.rollback();
        }
    }

    private Queue newQueue() {
        return named.createQueue("tx-" + UUID.randomUUID());
    }

    @Test
    void sendsAreDeliveredWhenTheTransactionCommits() throws Exception {
        Queue queue = newQueue();
        try (JMSContext observer = observer()) {
            JMSConsumer consumer = observer.createConsumer(queue);
            transactions.begin();
            named.createProducer().send(queue, "in the transaction");
            assertThat(consumer.receiveBody(String.class, 200)).isNull();
            transactions.commit();
            assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("in the transaction");
        } finally {
            endTransactionLeftOpen();
        }
    }

    @Test
    void sendsAreDiscardedWhenTheTransactionRollsBack() throws Exception {
        Queue queue = newQueue();
        try (JMSContext observer = observer()) {
            transactions.begin();
            named.createProducer().send(queue, "rolled back");
            transactions.rollback();
            observer.createProducer().send(queue, "after");
            JMSConsumer consumer = observer.createConsumer(queue);
            assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("after");
            assertThat(consumer.receiveBody(String.class, 200)).isNull();
        } finally {
            endTransactionLeftOpen();
        }
    }

    @Test
    void aTransactionNeedsNoRequestScope() throws Exception {
        Queue queue = newQueue();
        try (JMSContext observer = observer()) {
            CdiTestBrokers.outsideAnyRequest(() -> {
                transactions.begin();
                try {
                    named.createProducer().send(queue, "sent without a request");
                    transactions.commit();
                } finally {
                    endTransactionLeftOpen();
                }
                return null;
            });
            assertThat(observer.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT))
                    .isEqualTo("sent without a request");
        }
    }

    @Test
    void aSendTheBrokerRefusesFailsAtOnceAndTheTransactionRollsBack() throws Exception {
        Queue queue = reader.createQueue("tx-refused-" + UUID.randomUUID());
        transactions.begin();
        try {
            // a transacted send is stored at once as a half message, so the broker refuses it there
            assertThatThrownBy(() -> reader.createProducer().send(queue, "not permitted"))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
            transactions.rollback();
        } finally {
            endTransactionLeftOpen();
        }
        assertThat(reader.createConsumer(queue).receiveBody(String.class, 200)).isNull();
    }

    @Test
    void aMessageReceivedInARolledBackTransactionIsRedelivered() throws Exception {
        Queue queue = newQueue();
        try (JMSContext observer = observer()) {
            observer.createProducer().send(queue, "try again");
            transactions.begin();
            assertThat(named.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("try again");
            transactions.rollback();
            Message again = observer.createConsumer(queue).receive(RECEIVE_TIMEOUT);
            assertThat(again.getBody(String.class)).isEqualTo("try again");
            assertThat(again.getJMSRedelivered()).isTrue();
        } finally {
            endTransactionLeftOpen();
        }
    }

    @Test
    void inATransactionTheContextIsTransactedWhateverTheSessionModeAndSharedPerAnnotations() throws Exception {
        transactions.begin();
        try {
            assertThat(named.getTransacted()).isTrue();
            assertThat(clientAcknowledge.getSessionMode()).isEqualTo(JMSContext.SESSION_TRANSACTED);
            TemporaryQueue temporary = named.createTemporaryQueue();
            sameAnnotations.createConsumer(temporary).close();
            assertThatThrownBy(() -> clientAcknowledge.createConsumer(temporary))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        } finally {
            transactions.commit();
            endTransactionLeftOpen();
        }
    }

    @Test
    void theTransactionsContextIsNotTheRequestsContext() throws Exception {
        assertThat(named.getTransacted()).isFalse();
        TemporaryQueue ofTheRequest = named.createTemporaryQueue();
        transactions.begin();
        try {
            assertThatThrownBy(() -> named.createConsumer(ofTheRequest))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        } finally {
            transactions.commit();
            endTransactionLeftOpen();
        }
        named.createConsumer(ofTheRequest).close();
    }

    @Test
    void theContextIsClosedWhenTheTransactionCompletes() throws Exception {
        Queue queue = newQueue();
        transactions.begin();
        JMSConsumer inTheTransaction = named.createConsumer(queue);
        transactions.commit();
        assertThatThrownBy(inTheTransaction::receiveNoWait).isInstanceOf(IllegalStateRuntimeException.class);

        transactions.begin();
        JMSConsumer inTheRolledBack = named.createConsumer(queue);
        transactions.rollback();
        assertThatThrownBy(inTheRolledBack::receiveNoWait).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void eachTransactionHasItsOwnContext() throws Exception {
        transactions.begin();
        TemporaryQueue ofTheFirst = named.createTemporaryQueue();
        transactions.commit();
        transactions.begin();
        try {
            // the first transaction's connection is closed, and its temporary queue with it
            assertThatThrownBy(() -> named.createConsumer(ofTheFirst))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        } finally {
            transactions.commit();
            endTransactionLeftOpen();
        }
    }
}
