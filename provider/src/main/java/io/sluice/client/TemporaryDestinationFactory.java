package io.sluice.client;

import io.sluice.client.transport.BrokerConnection;
import io.sluice.message.SluiceDestination;
import io.sluice.message.SluiceTemporaryQueue;
import io.sluice.message.SluiceTemporaryTopic;
import jakarta.jms.JMSException;

/** Creates a connection's temporary destinations and installs how each is deleted. */
final class TemporaryDestinationFactory {

    private final SluiceConnection connection;
    private final BrokerConnection broker;

    TemporaryDestinationFactory(SluiceConnection connection, BrokerConnection broker) {
        this.connection = connection;
        this.broker = broker;
    }

    SluiceTemporaryQueue createQueue() throws JMSException {
        SluiceTemporaryQueue queue = new SluiceTemporaryQueue(broker.createTemporaryName(false), connection.id());
        broker.declareTemporary(queue);
        queue.setDeleter(this::delete);
        return queue;
    }

    SluiceTemporaryTopic createTopic() throws JMSException {
        SluiceTemporaryTopic topic = new SluiceTemporaryTopic(broker.createTemporaryName(true), connection.id());
        broker.declareTemporary(topic);
        topic.setDeleter(this::delete);
        return topic;
    }

    private void delete(SluiceDestination destination) throws JMSException {
        connection.checkOpen();
        broker.deleteTemporary(destination);
    }
}
