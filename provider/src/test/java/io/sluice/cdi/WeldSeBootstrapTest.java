package io.sluice.cdi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSessionMode;
import jakarta.jms.Queue;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sluice.cdi.CdiTestBrokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Weld SE started the way an application does, without Arquillian: the extension comes from
 * {@code META-INF/services}, and there is no {@code jndi.properties} on this class path.
 */
class WeldSeBootstrapTest {

    @Dependent
    static class Greeter {
        @Inject
        JMSContext context;

        String roundTrip(String text) {
            Queue queue = context.createQueue("se-" + UUID.randomUUID());
            context.createProducer().send(queue, text);
            return context.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT);
        }
    }

    @Dependent
    static class BadSessionMode {
        @Inject
        @JMSSessionMode(7)
        JMSContext context;
    }

    @Dependent
    static class BlankFactoryName {
        @Inject
        @JMSConnectionFactory(" ")
        JMSContext context;
    }

    /** Discovery stays on, as in an application: it is what loads extensions from META-INF/services. */
    private static Weld weld(Class<?> bean) {
        return new Weld().addBeanClass(bean);
    }

    @Test
    void withoutJndiTheDefaultFactoryIsTheUrlOfTheSystemProperty() {
        String previous = System.getProperty(ConnectionFactories.DEFAULT_URL_PROPERTY);
        System.setProperty(ConnectionFactories.DEFAULT_URL_PROPERTY,
                "vm://cdi-se?dataDir=" + CdiTestBrokers.DIR.resolve("se") + "&segmentBytes=1048576");
        try (WeldContainer container = weld(Greeter.class).initialize()) {
            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            try {
                Greeter greeter = container.select(Greeter.class).get();
                assertThat(greeter.roundTrip("hello from Weld SE")).isEqualTo("hello from Weld SE");
                assertThat(greeter.context.toString()).contains("connectionFactory=(default)");
            } finally {
                request.deactivate();
            }
        } finally {
            if (previous == null) {
                System.clearProperty(ConnectionFactories.DEFAULT_URL_PROPERTY);
            } else {
                System.setProperty(ConnectionFactories.DEFAULT_URL_PROPERTY, previous);
            }
        }
    }

    @Test
    void anInvalidSessionModeFailsTheDeploymentNamingTheInjectionPoint() {
        assertThatThrownBy(() -> weld(BadSessionMode.class).initialize().close())
                .hasMessageContaining("@JMSSessionMode(7) is not a session mode")
                .hasMessageContaining("BadSessionMode.context");
    }

    @Test
    void aBlankConnectionFactoryNameFailsTheDeployment() {
        assertThatThrownBy(() -> weld(BlankFactoryName.class).initialize().close())
                .hasMessageContaining("@JMSConnectionFactory needs the JNDI name of a connection factory")
                .hasMessageContaining("BlankFactoryName.context");
    }
}
