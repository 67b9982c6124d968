package io.sluice.message;

import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;

import javax.naming.Reference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DestinationTest {

    @Test
    void destinationsAreEqualByKindAndName() {
        assertThat(new SluiceQueue("a")).isEqualTo(new SluiceQueue("a")).hasSameHashCodeAs(new SluiceQueue("a"));
        assertThat(new SluiceQueue("a")).isNotEqualTo(new SluiceQueue("b"));
        assertThat(new SluiceQueue("a")).isNotEqualTo(new SluiceTopic("a"));
        assertThat(new SluiceQueue("a")).isNotEqualTo(new SluiceTemporaryQueue("a", "c1"));
        assertThat(new SluiceTemporaryQueue("a", "c1")).isEqualTo(new SluiceTemporaryQueue("a", "c2"));
        assertThat(new SluiceTemporaryTopic("a", "c1")).isNotEqualTo(new SluiceTemporaryQueue("a", "c1"));
    }

    @Test
    void destinationsKnowTheirNameAndKind() {
        SluiceQueue queue = new SluiceQueue("orders");
        SluiceTopic topic = new SluiceTopic("prices");
        SluiceTemporaryQueue temporaryQueue = new SluiceTemporaryQueue("tq", "conn-1");
        SluiceTemporaryTopic temporaryTopic = new SluiceTemporaryTopic("tt", "conn-2");

        assertThat(queue.getQueueName()).isEqualTo("orders");
        assertThat(topic.getTopicName()).isEqualTo("prices");
        assertThat(temporaryQueue.getQueueName()).isEqualTo("tq");
        assertThat(temporaryTopic.getTopicName()).isEqualTo("tt");
        assertThat(List.of(queue.kind(), topic.kind(), temporaryQueue.kind(), temporaryTopic.kind())).containsExactly(
                DestinationKind.QUEUE, DestinationKind.TOPIC, DestinationKind.TEMPORARY_QUEUE,
                DestinationKind.TEMPORARY_TOPIC);
        assertThat(temporaryQueue.isTemporary()).isTrue();
        assertThat(temporaryTopic.isTopic()).isTrue();
        assertThat(queue.isTopic() || queue.isTemporary()).isFalse();
        assertThat(temporaryQueue.connectionId()).isEqualTo("conn-1");
        assertThat(queue.connectionId()).isNull();
        assertThat(temporaryTopic.connectionId()).isEqualTo("conn-2");
        assertThat(List.of(queue, topic, temporaryQueue, temporaryTopic)).map(Object::toString)
                .containsExactly("queue://orders", "topic://prices", "temp-queue://tq", "temp-topic://tt");
    }

    @Test
    void aDestinationNeedsAName() {
        assertThatThrownBy(() -> new SluiceQueue(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SluiceTopic("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> new SluiceTemporaryQueue("", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingATemporaryDestinationGoesThroughTheInstalledDeleter() throws JMSException {
        List<SluiceDestination> deleted = new ArrayList<>();
        SluiceTemporaryQueue queue = new SluiceTemporaryQueue("tq", "c");
        SluiceTemporaryTopic topic = new SluiceTemporaryTopic("tt", "c");
        queue.setDeleter(deleted::add);
        topic.setDeleter(deleted::add);

        queue.delete();
        topic.delete();

        assertThat(deleted).containsExactly(queue, topic);
    }

    @Test
    void theDeletersRefusalReachesTheCaller() {
        SluiceTemporaryQueue queue = new SluiceTemporaryQueue("tq", "c");
        queue.setDeleter(d -> {
            throw new IllegalStateException("a consumer is still open on " + d);
        });

        assertThatThrownBy(queue::delete).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temp-queue://tq");
    }

    @Test
    void aTemporaryDestinationWithoutDeleterCannotBeDeleted() {
        assertThatThrownBy(() -> new SluiceTemporaryTopic("tt", "conn-7").delete())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("conn-7");
    }

    @Test
    void destinationsSurviveSerializationButTheDeleterDoesNot() throws Exception {
        SluiceTemporaryQueue queue = new SluiceTemporaryQueue("tq", "c");
        queue.setDeleter(d -> { });

        SluiceTemporaryQueue copy = (SluiceTemporaryQueue) deserialize(serialize(queue));

        assertThat(copy).isEqualTo(queue);
        assertThat(copy.connectionId()).isEqualTo("c");
        assertThatThrownBy(copy::delete).isInstanceOf(IllegalStateException.class);
        assertThat(deserialize(serialize(new SluiceTopic("t")))).isEqualTo(new SluiceTopic("t"));
    }

    @Test
    void anotherProvidersQueueOrTopicBecomesASluiceOne() throws JMSException {
        Queue foreignQueue = () -> "orders";
        Topic foreignTopic = () -> "prices";
        SluiceQueue ours = new SluiceQueue("mine");

        assertThat(SluiceDestination.of(foreignQueue)).isEqualTo(new SluiceQueue("orders"));
        assertThat(SluiceDestination.of(foreignTopic)).isEqualTo(new SluiceTopic("prices"));
        assertThat(SluiceDestination.of(ours)).isSameAs(ours);
        assertThat(SluiceDestination.of(null)).isNull();
    }

    @Test
    void aDestinationThatIsNeitherQueueNorTopicIsRefused() {
        Destination odd = new Destination() {
        };

        assertThatThrownBy(() -> SluiceDestination.of(odd)).isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("neither");
    }

    @Test
    void destinationsCanBeBoundInJndiByReference() throws Exception {
        SluiceDestinationObjectFactory factory = new SluiceDestinationObjectFactory();
        for (SluiceDestination destination : List.of(new SluiceQueue("q"), new SluiceTopic("t"),
                new SluiceTemporaryQueue("tq", "conn-1"), new SluiceTemporaryTopic("tt", null))) {
            Reference reference = destination.getReference();

            Object rebuilt = factory.getObjectInstance(reference, null, null, null);

            assertThat(reference.getClassName()).isEqualTo(destination.getClass().getName());
            assertThat(rebuilt).isEqualTo(destination);
            assertThat(((SluiceDestination) rebuilt).connectionId()).isEqualTo(destination.connectionId());
        }
    }

    @Test
    void theObjectFactoryIgnoresWhatItDidNotMake() throws Exception {
        SluiceDestinationObjectFactory factory = new SluiceDestinationObjectFactory();

        assertThat(factory.getObjectInstance("not a reference", null, null, null)).isNull();
        assertThat(factory.getObjectInstance(new Reference("x.Y", "x.YFactory", null), null, null, null)).isNull();
        Reference incomplete = new Reference(SluiceQueue.class.getName(),
                SluiceDestinationObjectFactory.class.getName(), null);
        assertThatThrownBy(() -> factory.getObjectInstance(incomplete, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks");
    }

    private static byte[] serialize(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
