package io.sluice.transaction;

import io.sluice.client.SluiceXAConnectionFactory;
import io.sluice.server.SluiceServer;
import io.sluice.testing.ChildJvm;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standalone broker process is killed with SIGKILL after an XA branch that consumed one message and sent another
 * was prepared; after the restart recover lists the branch and its commit or rollback is atomic: the sent message
 * exactly once or never, the consumed one consumed or delivered again, never both, never lost.
 */
class BrokerCrashXaTest {
    private static final String LISTENING = "listening on ";
    private static final long RECEIVE_TIMEOUT = 10_000;

    @TempDir
    Path dataDir;

    private ChildJvm startServer(CompletableFuture<String> address) throws Exception {
        return ChildJvm.start(SluiceServer.class, line -> {
            if (line.startsWith(LISTENING)) {
                address.complete(line.substring(LISTENING.length()));
            }
        }, "--port", "0", "--dataDir", dataDir.toString(), "--name", "xa-crash");
    }

    private static int browse(Session session, Queue queue) throws Exception {
        try (QueueBrowser browser = session.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aBranchPreparedBeforeTheBrokerWasKilledIsRecoveredAndEndsAtomically(boolean commit) throws Exception {
        Xid xid = new SluiceXid(1, ("crash-" + commit).getBytes(StandardCharsets.UTF_8), new byte[] {1});
        CompletableFuture<String> first = new CompletableFuture<>();
        try (ChildJvm server = startServer(first)) {
            SluiceXAConnectionFactory factory = new SluiceXAConnectionFactory("tcp://" + first.get(60, TimeUnit.SECONDS));
            try (XAConnection connection = factory.createXAConnection()) {
                connection.start();
                Session plain = connection.createSession();
                Queue in = plain.createQueue("in");
                Queue out = plain.createQueue("out");
                plain.createProducer(in).send(plain.createTextMessage("order"));
                XASession session = connection.createXASession();
                MessageConsumer consumer = session.createConsumer(in);
                XAResource resource = session.getXAResource();
                resource.start(xid, XAResource.TMNOFLAGS);
                assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("order");
                session.createProducer(out).send(session.createTextMessage("invoice"));
                resource.end(xid, XAResource.TMSUCCESS);
                assertThat(resource.prepare(xid)).isEqualTo(XAResource.XA_OK);
                server.kill();
            } catch (jakarta.jms.JMSException closedByTheKill) {
                // closing a connection whose broker was killed may fail; the broker's state is what is tested
            }
        }
        CompletableFuture<String> second = new CompletableFuture<>();
        try (ChildJvm server = startServer(second)) {
            SluiceXAConnectionFactory factory = new SluiceXAConnectionFactory("tcp://" + second.get(60, TimeUnit.SECONDS));
            try (XAConnection connection = factory.createXAConnection()) {
                connection.start();
                Session plain = connection.createSession();
                Queue in = plain.createQueue("in");
                Queue out = plain.createQueue("out");
                XAResource recovering = connection.createXASession().getXAResource();
                assertThat(recovering.recover(XAResource.TMSTARTRSCAN)).containsExactly(xid);
                assertThat(browse(plain, out)).isZero();
                MessageConsumer fromIn = plain.createConsumer(in);
                assertThat(fromIn.receive(300)).as("held by the in-doubt branch").isNull();
                if (commit) {
                    recovering.commit(xid, false);
                } else {
                    recovering.rollback(xid);
                }
                assertThat(recovering.recover(XAResource.TMSTARTRSCAN)).isEmpty();
                MessageConsumer fromOut = plain.createConsumer(out);
                if (commit) {
                    assertThat(((TextMessage) fromOut.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("invoice");
                    assertThat(fromIn.receive(300)).isNull();
                } else {
                    Message again = fromIn.receive(RECEIVE_TIMEOUT);
                    assertThat(((TextMessage) again).getText()).isEqualTo("order");
                    assertThat(again.getJMSRedelivered()).isTrue();
                    assertThat(fromIn.receive(300)).isNull();
                }
                assertThat(fromOut.receive(300)).as("nothing more, nothing twice").isNull();
            }
            server.stop();
        }
    }
}
