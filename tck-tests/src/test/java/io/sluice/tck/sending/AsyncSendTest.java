package io.sluice.tck.sending;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.CompletionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 7.3: asynchronous send with a CompletionListener. */
class AsyncSendTest extends JmsTestSupport {

    /** Completes with the message the listener was given, or exceptionally with the send's failure. */
    static final class FutureCompletion extends CompletableFuture<Message> implements CompletionListener {
        @Override
        public void onCompletion(Message message) {
            complete(message);
        }

        @Override
        public void onException(Message message, Exception exception) {
            completeExceptionally(exception);
        }

        Message await() throws Exception {
            return get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void completionListenerIsCalledWithTheSentMessage() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        Message sent = session.createTextMessage("async");
        FutureCompletion completion = new FutureCompletion();
        session.createProducer(queue).send(sent, completion);
        assertThat(completion.await()).isSameAs(sent);
        assertThat(sent.getJMSMessageID()).isNotNull();
        assertThat(text(receive(consumer))).isEqualTo("async");
    }

    @Test
    void completionsArriveInSendOrder() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        List<String> completed = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(10);
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                completed.add(textOrFailure(message));
                all.countDown();
            }

            @Override
            public void onException(Message message, Exception exception) {
                completed.add(exception.toString());
                all.countDown();
            }
        };
        for (int i = 0; i < 10; i++) {
            producer.send(session.createTextMessage("m" + i), listener);
        }
        assertThat(all.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(completed).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
    }

    /** Sends asynchronously and runs {@code action} in onCompletion; returns what it threw, or null. */
    private Exception outcomeInCompletionListener(Session session, Action action) throws Exception {
        CompletableFuture<Exception> outcome = new CompletableFuture<>();
        session.createProducer(queue(session)).send(session.createTextMessage("x"), new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                outcome.complete(outcomeOf(action));
            }

            @Override
            public void onException(Message message, Exception exception) {
                outcome.completeExceptionally(exception);
            }
        });
        return outcome.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
    }

    @Test
    void completionListenerMayNotCloseItsOwnSession() throws Exception {
        Session session = session();
        assertThat(outcomeInCompletionListener(session, session::close)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completionListenerMayNotCommitItsOwnSession() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        assertThat(outcomeInCompletionListener(transacted, transacted::commit))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void asyncSendWithNullListenerIsRejected() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        assertThatThrownBy(() -> producer.send(session.createTextMessage("x"), (CompletionListener) null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingTheProducerWaitsForOutstandingCompletions() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        FutureCompletion completion = new FutureCompletion();
        producer.send(session.createTextMessage("x"), completion);
        producer.close();
        assertThat(completion).isDone();
    }

    @Test
    void asyncSendInATransactionIsDeliveredOnCommit() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        Queue queue = queue(transacted);
        MessageConsumer consumer = session().createConsumer(queue);
        FutureCompletion completion = new FutureCompletion();
        transacted.createProducer(queue).send(transacted.createTextMessage("tx"), completion);
        completion.await();
        assertNoMessage(consumer);
        transacted.commit();
        assertThat(text(receive(consumer))).isEqualTo("tx");
    }
}
