package io.sluice.tck.connecting;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 6.2.8: local transactions group sends and receives into an atomic unit. */
class SessionTransactionTest extends JmsTestSupport {

    @Test
    void transactedSendIsInvisibleUntilCommit() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        Queue queue = queue(transacted);
        MessageConsumer consumer = session().createConsumer(queue);
        transacted.createProducer(queue).send(transacted.createTextMessage("x"));
        assertNoMessage(consumer);
        transacted.commit();
        assertThat(text(receive(consumer))).isEqualTo("x");
    }

    @Test
    void rolledBackSendIsDiscarded() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        Queue queue = queue(transacted);
        MessageConsumer consumer = session().createConsumer(queue);
        MessageProducer producer = transacted.createProducer(queue);
        producer.send(transacted.createTextMessage("discarded"));
        transacted.rollback();
        producer.send(transacted.createTextMessage("kept"));
        transacted.commit();
        assertThat(text(receive(consumer))).isEqualTo("kept");
        assertNoMessage(consumer);
    }

    @Test
    void rolledBackReceiveIsRedeliveredMarkedRedelivered() throws Exception {
        Session plain = session();
        Queue queue = queue(plain);
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = transacted.createConsumer(queue);
        Message first = receive(consumer);
        assertThat(first.getJMSRedelivered()).isFalse();
        assertThat(first.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        transacted.rollback();
        Message again = receive(consumer);
        assertThat(text(again)).isEqualTo("x");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        transacted.commit();
        assertNoMessage(consumer);
    }

    @Test
    void committedReceiveIsNotRedeliveredToAnotherSession() throws Exception {
        Session plain = session();
        Queue queue = queue(plain);
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        receive(transacted.createConsumer(queue));
        transacted.commit();
        transacted.close();
        assertNoMessage(session().createConsumer(queue));
    }

    @Test
    void closingATransactedSessionRollsBackItsReceives() throws Exception {
        Session plain = session();
        Queue queue = queue(plain);
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        receive(transacted.createConsumer(queue));
        transacted.close();
        Message again = receive(session().createConsumer(queue));
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void closingAConnectionRollsBackItsTransactedSends() throws Exception {
        Connection connection = connection();
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = queue(transacted);
        transacted.createProducer(queue).send(transacted.createTextMessage("x"));
        connection.close();
        assertNoMessage(session().createConsumer(queue));
    }

    @Test
    void receiveAndSendCommitTogether() throws Exception {
        Session plain = session();
        Queue in = queue(plain);
        Queue out = queue(plain);
        plain.createProducer(in).send(plain.createTextMessage("x"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        Message received = receive(transacted.createConsumer(in));
        transacted.createProducer(out).send(transacted.createTextMessage(text(received) + "!"));
        MessageConsumer outConsumer = plain.createConsumer(out);
        assertNoMessage(outConsumer);
        transacted.commit();
        assertThat(text(receive(outConsumer))).isEqualTo("x!");
    }

    @Test
    void transactedPublishReachesSubscribersOnlyOnCommit() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        Topic topic = topic(transacted);
        MessageConsumer subscriber = session().createConsumer(topic);
        transacted.createProducer(topic).send(transacted.createTextMessage("t"));
        assertNoMessage(subscriber);
        transacted.commit();
        receive(subscriber);
    }

    @Test
    void messagesOfOneTransactionArriveInSendOrder() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        Queue queue = queue(transacted);
        MessageProducer producer = transacted.createProducer(queue);
        for (int i = 0; i < 5; i++) {
            producer.send(transacted.createTextMessage("m" + i));
        }
        transacted.commit();
        MessageConsumer consumer = session().createConsumer(queue);
        for (int i = 0; i < 5; i++) {
            assertThat(text(receive(consumer))).isEqualTo("m" + i);
        }
    }

    @Test
    void commitAndRollbackOnANonTransactedSessionThrow() throws Exception {
        Session session = session();
        assertThatThrownBy(session::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::rollback).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoverOnATransactedSessionThrows() throws Exception {
        Session transacted = session(Session.SESSION_TRANSACTED);
        assertThatThrownBy(transacted::recover).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listenerOfATransactedSessionCommitsAndRollsBack() throws Exception {
        Session plain = session();
        Queue queue = queue(plain);
        plain.createProducer(queue).send(plain.createTextMessage("x"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        CompletableFuture<Message> committed = new CompletableFuture<>();
        transacted.createConsumer(queue).setMessageListener(m -> {
            Exception failure = outcomeOf(() -> {
                if (m.getJMSRedelivered()) {
                    transacted.commit();
                    committed.complete(m);
                } else {
                    transacted.rollback();
                }
            });
            if (failure != null) {
                committed.completeExceptionally(failure);
            }
        });
        Message message = committed.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
        assertThat(message.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        transacted.close();
        assertNoMessage(plain.createConsumer(queue));
    }

    @Test
    void transactedReceiveOfSeveralMessagesRollsBackAllOfThem() throws Exception {
        Session plain = session();
        Queue queue = queue(plain);
        MessageProducer producer = plain.createProducer(queue);
        producer.send(plain.createTextMessage("a"));
        producer.send(plain.createTextMessage("b"));
        Session transacted = session(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = transacted.createConsumer(queue);
        receive(consumer);
        receive(consumer);
        transacted.rollback();
        assertThat(text(receive(consumer))).isEqualTo("a");
        assertThat(text(receive(consumer))).isEqualTo("b");
        transacted.commit();
    }
}
