package io.sluice.jndi;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.naming.ConfigurationException;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameAlreadyBoundException;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.OperationNotSupportedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SluiceInitialContextFactoryTest {

    @TempDir
    Path dataDir;

    private Context context(String... keyValues) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, SluiceInitialContextFactory.class.getName());
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return new InitialContext(env);
    }

    private String url() {
        return "vm://jndi-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "?dataDir=" + dataDir;
    }

    @Test
    void anXaConnectionFactoryIsBoundAndSurvivesAReferenceRoundTrip() throws Exception {
        Context jndi = context("xaConnectionFactory.XAConnectionFactory", url());
        Object bound = jndi.lookup("XAConnectionFactory");
        assertThat(bound).isInstanceOf(jakarta.jms.XAConnectionFactory.class).isInstanceOf(ConnectionFactory.class);
        io.sluice.client.SluiceXAConnectionFactory factory = (io.sluice.client.SluiceXAConnectionFactory) bound;
        Object rebuilt = new io.sluice.client.SluiceObjectFactory().getObjectInstance(factory.getReference(), null, null,
                null);
        assertThat(rebuilt).isEqualTo(factory).isInstanceOf(io.sluice.client.SluiceXAConnectionFactory.class);
        try (jakarta.jms.XAConnection connection = factory.createXAConnection()) {
            assertThat(connection.createXASession().getXAResource()).isNotNull();
        }
    }

    @Test
    void declaredObjectsAreBoundAndWorkTogether() throws Exception {
        Context jndi = context("connectionFactory.ConnectionFactory", url(), "queue.orders", "orders.queue",
                "topic.prices", "prices.topic");
        Object factory = jndi.lookup("ConnectionFactory");
        assertThat(factory).isInstanceOf(ConnectionFactory.class).isInstanceOf(QueueConnectionFactory.class)
                .isInstanceOf(TopicConnectionFactory.class);
        Queue orders = (Queue) jndi.lookup("orders");
        Topic prices = (Topic) jndi.lookup("prices");
        assertThat(orders.getQueueName()).isEqualTo("orders.queue");
        assertThat(prices.getTopicName()).isEqualTo("prices.topic");
        try (JMSContext context = ((ConnectionFactory) factory).createContext()) {
            context.createProducer().send(orders, "hello");
            assertThat(context.createConsumer(orders).receiveBody(String.class, 10_000)).isEqualTo("hello");
        }
        jndi.close();
    }

    @Test
    void dynamicNamesResolveWithoutDeclaration() throws Exception {
        Context jndi = context();
        assertThat(((Queue) jndi.lookup("dynamicQueues/a.b")).getQueueName()).isEqualTo("a.b");
        assertThat(((Topic) jndi.lookup("dynamicTopics/c")).getTopicName()).isEqualTo("c");
    }

    @Test
    void anUnknownNameSaysHowToDeclareIt() throws Exception {
        Context jndi = context();
        assertThatThrownBy(() -> jndi.lookup("missing")).isInstanceOf(NameNotFoundException.class)
                .hasMessageContaining("queue.missing");
    }

    @Test
    void aMalformedConnectionUrlIsAConfigurationError() {
        assertThatThrownBy(() -> context("connectionFactory.bad", "ftp://nowhere"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("connectionFactory.bad");
    }

    @Test
    void applicationsCanBindListAndUnbind() throws Exception {
        Context jndi = context("queue.q", "q");
        jndi.bind("extra", "value");
        assertThatThrownBy(() -> jndi.bind("extra", "again")).isInstanceOf(NameAlreadyBoundException.class);
        jndi.rebind("extra", "other");
        assertThat(jndi.lookup("extra")).isEqualTo("other");
        List<String> names = new ArrayList<>();
        NamingEnumeration<NameClassPair> listed = jndi.list("");
        while (listed.hasMore()) {
            names.add(listed.next().getName());
        }
        assertThat(names).containsExactly("extra", "q");
        jndi.rename("extra", "renamed");
        assertThat(jndi.lookup("renamed")).isEqualTo("other");
        jndi.unbind("renamed");
        assertThatThrownBy(() -> jndi.lookup("renamed")).isInstanceOf(NameNotFoundException.class);
        assertThatThrownBy(() -> jndi.createSubcontext("sub")).isInstanceOf(OperationNotSupportedException.class);
    }
}
