package io.sluice.tck.connecting;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 6.2.10: acknowledgement modes and Session.recover. */
class SessionAcknowledgeTest extends JmsTestSupport {

    private Queue queueWith(Session session, String... texts) throws Exception {
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        for (String t : texts) {
            producer.send(session.createTextMessage(t));
        }
        return queue;
    }

    @Test
    void sessionReportsItsModeAndTransactedState() throws Exception {
        Connection connection = connection();
        assertThat(connection.createSession(false, Session.CLIENT_ACKNOWLEDGE).getAcknowledgeMode())
                .isEqualTo(Session.CLIENT_ACKNOWLEDGE);
        assertThat(connection.createSession(Session.DUPS_OK_ACKNOWLEDGE).getAcknowledgeMode())
                .isEqualTo(Session.DUPS_OK_ACKNOWLEDGE);
        Session transacted = connection.createSession(true, Session.AUTO_ACKNOWLEDGE);
        assertThat(transacted.getTransacted()).isTrue();
        assertThat(transacted.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
        assertThat(connection.createSession().getAcknowledgeMode()).isEqualTo(Session.AUTO_ACKNOWLEDGE);
    }

    @Test
    void autoAcknowledgedMessageIsNotRedeliveredAfterClose() throws Exception {
        Connection connection = connection();
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a");
        receive(session.createConsumer(queue));
        session.close();
        assertNoMessage(session().createConsumer(queue));
    }

    @Test
    void unacknowledgedClientAckMessageIsRedeliveredToTheNextConsumer() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a");
        receive(session.createConsumer(queue));
        session.close();
        Message again = receive(session(Session.CLIENT_ACKNOWLEDGE).createConsumer(queue));
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void clientAcknowledgeAcknowledgesEveryMessageOfTheSession() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b", "c");
        MessageConsumer consumer = session.createConsumer(queue);
        receive(consumer);
        receive(consumer);
        Message third = receive(consumer);
        third.acknowledge();
        session.close();
        assertNoMessage(session().createConsumer(queue));
    }

    @Test
    void acknowledgeOfAnEarlierMessageAlsoAcknowledgesLaterOnes() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        Message first = receive(consumer);
        receive(consumer);
        first.acknowledge();
        session.close();
        assertNoMessage(session().createConsumer(queue));
    }

    @Test
    void recoverRedeliversUnacknowledgedMessagesInOrder() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        receive(consumer);
        receive(consumer);
        session.recover();
        Message first = receive(consumer);
        assertThat(text(first)).isEqualTo("a");
        assertThat(first.getJMSRedelivered()).isTrue();
        assertThat(first.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        assertThat(text(receive(consumer))).isEqualTo("b");
    }

    @Test
    void recoverDoesNotRedeliverAcknowledgedMessages() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        receive(consumer).acknowledge();
        receive(consumer);
        session.recover();
        assertThat(text(receive(consumer))).isEqualTo("b");
        assertNoMessage(consumer);
    }

    @Test
    void recoverInAutoAcknowledgeRedeliversNothingAlreadyConsumed() throws Exception {
        Session session = session(Session.AUTO_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        receive(consumer);
        session.recover();
        assertThat(text(receive(consumer))).isEqualTo("b");
    }

    @Test
    void dupsOkSessionDeliversEveryMessage() throws Exception {
        Session session = session(Session.DUPS_OK_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(receive(consumer))).isEqualTo("a");
        assertThat(text(receive(consumer))).isEqualTo("b");
    }

    @Test
    void acknowledgeIsIgnoredInAutoAcknowledgeMode() throws Exception {
        Session session = session(Session.AUTO_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a");
        receive(session.createConsumer(queue)).acknowledge();
    }

    @Test
    void invalidAcknowledgeModeIsRejected() throws Exception {
        Connection connection = connection();
        assertThatThrownBy(() -> connection.createSession(false, 42))
                .isInstanceOf(JMSException.class);
    }

    @Test
    void acknowledgeInATransactedSessionIsIgnored() throws Exception {
        Session plain = session();
        Queue queue = queueWith(plain, "a");
        Session transacted = session(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = transacted.createConsumer(queue);
        receive(consumer).acknowledge();
        transacted.rollback();
        assertThat(receive(consumer).getJMSRedelivered()).isTrue();
    }
}
