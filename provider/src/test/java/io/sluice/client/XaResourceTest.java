package io.sluice.client;

import io.sluice.transaction.SluiceXid;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.XAConnection;
import jakarta.jms.XAJMSContext;
import jakarta.jms.XASession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The XAResource of Sluice's XA sessions, driven by hand as a transaction manager drives it. */
class XaResourceTest {

    private static final AtomicInteger BRANCHES = new AtomicInteger();

    @TempDir
    Path dataDir;
    SluiceXAConnectionFactory factory;
    XAConnection connection;

    /** The broker under test; {@link XaResourceOverTcpTest} puts a network server in front of it. */
    SluiceXAConnectionFactory factory() throws Exception {
        return new SluiceXAConnectionFactory(Brokers.url(dataDir, "keepAlive=false"));
    }

    /** Stops the broker (closing every connection) and starts it again on the same data. */
    SluiceXAConnectionFactory restart() throws Exception {
        connection.close();
        return factory;
    }

    @BeforeEach
    void connect() throws Exception {
        factory = factory();
        connection = factory.createXAConnection();
        connection.start();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    static Xid xid() {
        return new SluiceXid(4711, ("global-" + BRANCHES.incrementAndGet()).getBytes(StandardCharsets.UTF_8),
                "branch".getBytes(StandardCharsets.UTF_8));
    }

    private int browse(Queue queue) throws Exception {
        Session browsing = connection.createSession();
        try (QueueBrowser browser = browsing.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        } finally {
            browsing.close();
        }
    }

    private void sendPlain(Queue queue, String text) throws Exception {
        Session plain = connection.createSession();
        plain.createProducer(queue).send(plain.createTextMessage(text));
        plain.close();
    }

    private static int code(ThrowingCall call) {
        try {
            call.run();
        } catch (XAException e) {
            return e.errorCode;
        } catch (Exception e) {
            throw new AssertionError("expected an XAException, got " + e, e);
        }
        throw new AssertionError("expected an XAException");
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void twoPhaseCommitMakesTheSendVisibleAndTheReceiveConsumedAtOnce() throws Exception {
        XASession session = connection.createXASession();
        Queue in = session.createQueue("in");
        Queue out = session.createQueue("out");
        sendPlain(in, "order");
        MessageConsumer consumer = session.createConsumer(in);
        XAResource resource = session.getXAResource();
        Xid xid = xid();
        resource.start(xid, XAResource.TMNOFLAGS);
        assertThat(((TextMessage) consumer.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo("order");
        session.createProducer(out).send(session.createTextMessage("invoice"));
        resource.end(xid, XAResource.TMSUCCESS);
        assertThat(browse(out)).isZero();
        assertThat(resource.prepare(xid)).isEqualTo(XAResource.XA_OK);
        assertThat(browse(out)).isZero();
        resource.commit(xid, false);
        assertThat(browse(out)).isEqualTo(1);
        assertThat(browse(in)).isZero();
        assertThat(resource.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)).isEmpty();
    }

    @Test
    void onePhaseCommitAndRollbackRedeliversWhatWasConsumed() throws Exception {
        XASession session = connection.createXASession();
        Queue in = session.createQueue("in");
        Queue out = session.createQueue("out");
        sendPlain(in, "work");
        MessageConsumer consumer = session.createConsumer(in);
        XAResource resource = session.getXAResource();
        Xid first = xid();
        resource.start(first, XAResource.TMNOFLAGS);
        Message received = consumer.receive(Brokers.RECEIVE_TIMEOUT);
        assertThat(received.getJMSRedelivered()).isFalse();
        session.createProducer(out).send(session.createTextMessage("lost"));
        resource.end(first, XAResource.TMSUCCESS);
        resource.rollback(first);
        assertThat(browse(out)).isZero();
        Xid second = xid();
        resource.start(second, XAResource.TMNOFLAGS);
        Message again = consumer.receive(Brokers.RECEIVE_TIMEOUT);
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        session.createProducer(out).send(session.createTextMessage("kept"));
        resource.end(second, XAResource.TMSUCCESS);
        resource.commit(second, true);
        assertThat(browse(out)).isEqualTo(1);
        assertThat(browse(in)).isZero();
    }

    @Test
    void aBranchThatDidNothingPreparesReadOnly() throws Exception {
        XAResource resource = connection.createXASession().getXAResource();
        Xid xid = xid();
        resource.start(xid, XAResource.TMNOFLAGS);
        resource.end(xid, XAResource.TMSUCCESS);
        assertThat(resource.prepare(xid)).isEqualTo(XAResource.XA_RDONLY);
        assertThat(code(() -> resource.commit(xid, false))).isEqualTo(XAException.XAER_NOTA);
    }

    @Test
    void badCallsGetTheXaCodes() throws Exception {
        XASession session = connection.createXASession();
        XAResource resource = session.getXAResource();
        Queue queue = session.createQueue("q");
        Xid unknown = xid();
        assertThat(code(() -> resource.commit(unknown, true))).isEqualTo(XAException.XAER_NOTA);
        assertThat(code(() -> resource.rollback(unknown))).isEqualTo(XAException.XAER_NOTA);
        assertThat(code(() -> resource.prepare(unknown))).isEqualTo(XAException.XAER_NOTA);
        assertThat(code(() -> resource.forget(unknown))).isEqualTo(XAException.XAER_NOTA);
        assertThat(code(() -> resource.end(unknown, XAResource.TMSUCCESS))).isEqualTo(XAException.XAER_PROTO);
        Xid xid = xid();
        resource.start(xid, XAResource.TMNOFLAGS);
        assertThat(code(() -> resource.start(xid(), XAResource.TMNOFLAGS))).isEqualTo(XAException.XAER_PROTO);
        XAResource other = connection.createXASession().getXAResource();
        assertThat(code(() -> other.start(xid, XAResource.TMNOFLAGS))).isEqualTo(XAException.XAER_DUPID);
        assertThat(code(() -> other.start(xid, XAResource.TMRESUME))).isEqualTo(XAException.XAER_PROTO);
        session.createProducer(queue).send(session.createTextMessage("m"));
        assertThat(code(() -> other.prepare(xid))).isEqualTo(XAException.XAER_PROTO);
        resource.end(xid, XAResource.TMSUCCESS);
        assertThat(code(() -> resource.commit(xid, false))).isEqualTo(XAException.XAER_PROTO);
        assertThat(resource.prepare(xid)).isEqualTo(XAResource.XA_OK);
        assertThat(code(() -> resource.commit(xid, true))).isEqualTo(XAException.XAER_PROTO);
        assertThat(code(() -> resource.forget(xid))).isEqualTo(XAException.XAER_PROTO);
        assertThat(code(() -> resource.start(xid, XAResource.TMJOIN))).isEqualTo(XAException.XAER_PROTO);
        assertThat(code(() -> resource.start(xid, 12345))).isEqualTo(XAException.XAER_INVAL);
        assertThat(code(() -> resource.setTransactionTimeout(-1))).isEqualTo(XAException.XAER_INVAL);
        resource.rollback(xid);
        assertThat(browse(queue)).isZero();
        assertThatThrownBy(session::commit).isInstanceOf(TransactionInProgressException.class);
        assertThatThrownBy(session::rollback).isInstanceOf(TransactionInProgressException.class);
    }

    @Test
    void suspendResumeAndJoinKeepEveryAssociationInOneBranch() throws Exception {
        XASession first = connection.createXASession();
        XASession second = connection.createXASession();
        Queue queue = first.createQueue("joined");
        Xid xid = xid();
        first.getXAResource().start(xid, XAResource.TMNOFLAGS);
        first.createProducer(queue).send(first.createTextMessage("one"));
        first.getXAResource().end(xid, XAResource.TMSUSPEND);
        assertThat(second.getXAResource().isSameRM(first.getXAResource())).isTrue();
        second.getXAResource().start(xid, XAResource.TMJOIN);
        second.createProducer(queue).send(second.createTextMessage("two"));
        second.getXAResource().end(xid, XAResource.TMSUCCESS);
        first.getXAResource().start(xid, XAResource.TMRESUME);
        first.createProducer(queue).send(first.createTextMessage("three"));
        first.getXAResource().end(xid, XAResource.TMSUCCESS);
        assertThat(browse(queue)).isZero();
        assertThat(second.getXAResource().prepare(xid)).isEqualTo(XAResource.XA_OK);
        first.getXAResource().commit(xid, false);
        assertThat(browse(queue)).isEqualTo(3);
    }

    @Test
    void aFailedAssociationMarksTheBranchRollbackOnly() throws Exception {
        XASession session = connection.createXASession();
        Queue queue = session.createQueue("failed");
        XAResource resource = session.getXAResource();
        Xid xid = xid();
        resource.start(xid, XAResource.TMNOFLAGS);
        session.createProducer(queue).send(session.createTextMessage("doomed"));
        resource.end(xid, XAResource.TMFAIL);
        assertThat(code(() -> resource.prepare(xid))).isEqualTo(XAException.XA_RBROLLBACK);
        assertThat(browse(queue)).isZero();
        assertThat(code(() -> resource.rollback(xid))).isEqualTo(XAException.XAER_NOTA);
    }

    @Test
    void aBranchNotPreparedWithinItsTimeoutIsRolledBackByTheBroker() throws Exception {
        XASession session = connection.createXASession();
        Queue in = session.createQueue("in");
        Queue queue = session.createQueue("slow");
        sendPlain(in, "consumed");
        MessageConsumer consumer = session.createConsumer(in);
        XAResource resource = session.getXAResource();
        assertThat(resource.setTransactionTimeout(1)).isTrue();
        assertThat(resource.getTransactionTimeout()).isEqualTo(1);
        Xid xid = xid();
        resource.start(xid, XAResource.TMNOFLAGS);
        assertThat(consumer.receive(Brokers.RECEIVE_TIMEOUT)).isNotNull();
        session.createProducer(queue).send(session.createTextMessage("late"));
        resource.end(xid, XAResource.TMSUCCESS);
        Thread.sleep(2500); // well past the one-second timeout
        int outcome = code(() -> resource.prepare(xid));
        assertThat(outcome).isEqualTo(XAException.XA_RBTIMEOUT);
        assertThat(browse(queue)).isZero();
        Message again = connection.createSession().createConsumer(in).receive(Brokers.RECEIVE_TIMEOUT);
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void aPreparedBranchSurvivesABrokerRestartAndIsListedByRecover() throws Exception {
        XASession session = connection.createXASession();
        Queue queue = session.createQueue("durable");
        XAResource resource = session.getXAResource();
        Xid committed = xid();
        Xid rolledBack = xid();
        for (Xid xid : new Xid[] {committed, rolledBack}) {
            resource.start(xid, XAResource.TMNOFLAGS);
            session.createProducer(queue).send(session.createTextMessage(xid.toString()));
            resource.end(xid, XAResource.TMSUCCESS);
            assertThat(resource.prepare(xid)).isEqualTo(XAResource.XA_OK);
        }
        SluiceXAConnectionFactory restarted = restart();
        connection = restarted.createXAConnection();
        connection.start();
        XAResource recovering = connection.createXASession().getXAResource();
        Xid[] inDoubt = recovering.recover(XAResource.TMSTARTRSCAN);
        assertThat(inDoubt).containsExactlyInAnyOrder(committed, rolledBack);
        assertThat(recovering.recover(XAResource.TMENDRSCAN)).isEmpty();
        assertThat(browse(queue)).isZero();
        recovering.commit(committed, false);
        recovering.rollback(rolledBack);
        Session reading = connection.createSession();
        MessageConsumer consumer = reading.createConsumer(queue);
        assertThat(((TextMessage) consumer.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo(committed.toString());
        assertThat(consumer.receive(300)).isNull();
        assertThat(recovering.recover(XAResource.TMSTARTRSCAN)).isEmpty();
    }

    @Test
    void anXaSessionOutsideAGlobalTransactionSendsAndAcknowledgesAtOnce() throws Exception {
        XASession session = connection.createXASession();
        Queue queue = session.createQueue("plain");
        assertThat(session.getTransacted()).isTrue();
        session.createProducer(queue).send(session.createTextMessage("now"));
        assertThat(browse(queue)).isEqualTo(1);
        assertThat(session.createConsumer(queue).receive(Brokers.RECEIVE_TIMEOUT)).isNotNull();
        assertThat(browse(queue)).isZero();
    }

    @Test
    void anXaJmsContextWorksInItsBranch() throws Exception {
        try (XAJMSContext context = factory.createXAContext()) {
            Queue queue = context.createQueue("context");
            XAResource resource = context.getXAResource();
            Xid xid = xid();
            resource.start(xid, XAResource.TMNOFLAGS);
            context.createProducer().send(queue, "in the branch");
            resource.end(xid, XAResource.TMSUCCESS);
            assertThat(browse(queue)).isZero();
            resource.commit(xid, true);
            assertThat(browse(queue)).isEqualTo(1);
            assertThat(context.getTransacted()).isTrue();
            assertThat(context.getSessionMode()).isEqualTo(JMSContext.SESSION_TRANSACTED);
            assertThatThrownBy(context::commit).isInstanceOf(jakarta.jms.TransactionInProgressRuntimeException.class);
        }
    }

    @Test
    void theXaFactoryIsAlsoAPlainConnectionFactory() throws Exception {
        try (jakarta.jms.Connection plain = factory.createConnection()) {
            Session session = plain.createSession(Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue("local");
            session.createProducer(queue).send(session.createTextMessage("x"));
            session.commit();
            assertThat(browse(queue)).isEqualTo(1);
        }
    }
}
