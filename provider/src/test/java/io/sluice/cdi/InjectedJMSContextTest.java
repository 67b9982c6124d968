package io.sluice.cdi;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSPasswordCredential;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.JMSSessionMode;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static io.sluice.cdi.CdiTestBrokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @Inject JMSContext} in Weld, request-scoped (Jakarta Messaging 12.4). Each test method is one request. */
@ExtendWith(ArquillianExtension.class)
class InjectedJMSContextTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class, "injected-context-test.jar")
                .addClass(CdiTestBrokers.class)
                .addAsResource("cdi-jndi.properties", "jndi.properties")
                .addAsManifestResource("cdi-beans.xml", "beans.xml");
    }

    @BeforeAll
    static void secureBroker() {
        CdiTestBrokers.writeSecurityConfig();
    }

    @Inject
    Instance<RequestContextController> requests;

    @Inject
    JMSContext defaultFactory;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    JMSContext named;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    JMSContext sameAnnotations;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    @JMSSessionMode(JMSContext.AUTO_ACKNOWLEDGE)
    JMSContext explicitAutoAcknowledge;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    @JMSSessionMode(JMSContext.CLIENT_ACKNOWLEDGE)
    JMSContext clientAcknowledge;

    @Inject
    @JMSConnectionFactory("jms/cdi")
    @JMSSessionMode(JMSContext.DUPS_OK_ACKNOWLEDGE)
    JMSContext dupsOk;

    @Inject
    @JMSConnectionFactory("jms/secured")
    @JMSPasswordCredential(userName = "app", password = "app-secret")
    JMSContext app;

    @Inject
    @JMSConnectionFactory("jms/secured")
    @JMSPasswordCredential(userName = "app", password = "wrong")
    JMSContext wrongPassword;

    @Inject
    @JMSConnectionFactory("jms/secured")
    JMSContext noCredentials;

    @Inject
    @JMSConnectionFactory("jms/undeclared")
    JMSContext undeclared;

    @Inject
    @JMSConnectionFactory("jms/notAFactory")
    JMSContext notAFactory;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void anInjectedContextSendsAndReceives() {
        Queue queue = named.createQueue(unique("hello"));
        named.createProducer().send(queue, "hello");
        assertThat(named.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("hello");
    }

    @Test
    void withoutJmsConnectionFactoryTheDefaultFactoryIsUsed() {
        Queue queue = defaultFactory.createQueue(unique("default"));
        defaultFactory.createProducer().send(queue, "via the default factory");
        // another factory's broker does not have the message: the default one is cdi-default, not cdi-named
        try (JMSContext other = named.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            assertThat(other.createConsumer(queue).receiveBody(String.class, 200)).isNull();
        }
        assertThat(defaultFactory.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT))
                .isEqualTo("via the default factory");
    }

    @Test
    void injectionPointsWithIdenticalAnnotationsShareOneContextInARequest() {
        // a temporary queue is consumed only through the connection that created it
        TemporaryQueue temporary = named.createTemporaryQueue();
        JMSConsumer consumer = sameAnnotations.createConsumer(temporary);
        named.createProducer().send(temporary, "shared");
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("shared");
        // AUTO_ACKNOWLEDGE is the default, so stating it is not a different annotation value
        explicitAutoAcknowledge.createConsumer(temporary).close();
    }

    @Test
    void differentAnnotationsGiveDifferentContexts() {
        TemporaryQueue temporary = named.createTemporaryQueue();
        for (JMSContext other : List.of(clientAcknowledge, dupsOk, defaultFactory)) {
            assertThatThrownBy(() -> other.createConsumer(temporary))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        }
    }

    @Test
    void theSessionModeAnnotationIsHonoured() throws Exception {
        assertThat(named.getSessionMode()).isEqualTo(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(clientAcknowledge.getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
        assertThat(dupsOk.getSessionMode()).isEqualTo(JMSContext.DUPS_OK_ACKNOWLEDGE);

        Queue queue = named.createQueue(unique("client-ack"));
        named.createProducer().send(queue, "unacknowledged");
        // CLIENT_ACKNOWLEDGE and acknowledge() refused: the message comes back after the request closed the context
        Message first = CdiTestBrokers.inAnotherRequest(requests,
                () -> clientAcknowledge.createConsumer(queue).receive(RECEIVE_TIMEOUT));
        assertThat(first.getJMSRedelivered()).isFalse();
        Message again = CdiTestBrokers.inAnotherRequest(requests,
                () -> clientAcknowledge.createConsumer(queue).receive(RECEIVE_TIMEOUT));
        assertThat(again.getBody(String.class)).isEqualTo("unacknowledged");
        assertThat(again.getJMSRedelivered()).isTrue();
        // AUTO_ACKNOWLEDGE: consumed for good
        CdiTestBrokers.inAnotherRequest(requests, () -> named.createConsumer(queue).receive(RECEIVE_TIMEOUT));
        assertThat(named.createConsumer(queue).receive(200)).isNull();
    }

    @Test
    void thePasswordCredentialIsUsedToConnect() throws Exception {
        Queue queue = app.createQueue(unique("secured"));
        app.createProducer().send(queue, "from app");
        Message received = app.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(received.getStringProperty("JMSXUserID")).isEqualTo("app");

        assertThatThrownBy(() -> wrongPassword.createProducer())
                .isInstanceOf(JMSSecurityRuntimeException.class)
                .hasMessageContaining("Authentication failed");
        assertThatThrownBy(() -> noCredentials.createProducer())
                .isInstanceOf(JMSSecurityRuntimeException.class)
                .hasMessageContaining("anonymous access is disabled");
        // a failed attempt leaves nothing behind: the next call tries again and fails the same way
        assertThatThrownBy(() -> wrongPassword.createQueue("x")).isInstanceOf(JMSSecurityRuntimeException.class);
    }

    @Test
    void theContextIsClosedWhenTheRequestEnds() throws Exception {
        Queue queue = named.createQueue(unique("closed"));
        JMSConsumer fromEndedRequest = CdiTestBrokers.inAnotherRequest(requests, () -> named.createConsumer(queue));
        assertThatThrownBy(() -> fromEndedRequest.receiveNoWait()).isInstanceOf(IllegalStateRuntimeException.class);
        // the next request gets a new context
        String received = CdiTestBrokers.inAnotherRequest(requests, () -> {
            named.createProducer().send(queue, "next request");
            return named.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT);
        });
        assertThat(received).isEqualTo("next request");
    }

    @Test
    void callsThatChangeTheSharedContextAreRefused() {
        List<Consumer<JMSContext>> refused = List.of(
                c -> c.setClientID("mine"), c -> c.setExceptionListener(e -> { }), JMSContext::stop,
                JMSContext::acknowledge, JMSContext::commit, JMSContext::rollback, JMSContext::recover,
                c -> c.setAutoStart(false), JMSContext::start, JMSContext::close);
        for (Consumer<JMSContext> call : refused) {
            assertThatThrownBy(() -> call.accept(named))
                    .isInstanceOf(IllegalStateRuntimeException.class)
                    .hasMessageContaining("not permitted on an injected JMSContext");
        }
        // none of them touched the context
        Queue queue = named.createQueue(unique("still-open"));
        named.createProducer().send(queue, "still open");
        assertThat(named.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("still open");
    }

    @Test
    void outsideAnyRequestAndTransactionAnInjectedContextCannotBeUsed() {
        assertThatThrownBy(() -> CdiTestBrokers.outsideAnyRequest(named::createProducer))
                .isInstanceOf(ContextNotActiveException.class)
                .hasMessageContaining("request-scoped");
    }

    @Test
    void aBadConnectionFactoryNameFailsWithTheName() {
        assertThatThrownBy(() -> undeclared.createProducer())
                .isInstanceOf(JMSRuntimeException.class)
                .hasMessageContaining("@JMSConnectionFactory(\"jms/undeclared\")");
        assertThatThrownBy(() -> notAFactory.createProducer())
                .isInstanceOf(JMSRuntimeException.class)
                .hasMessageContaining("jms/notAFactory is bound to");
    }
}
