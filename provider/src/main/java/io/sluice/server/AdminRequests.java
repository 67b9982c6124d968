package io.sluice.server;

import io.sluice.broker.BrokerAdmin;
import io.sluice.broker.BrokerClient;
import io.sluice.protocol.AdminCodec;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;

/** The administrative requests of a connection, run as its authenticated principal. */
final class AdminRequests {

    private final BrokerAdmin admin;

    AdminRequests(BrokerAdmin admin) {
        this.admin = admin;
    }

    void list(BrokerClient client, FrameReader in, FrameWriter out) {
        in.end();
        AdminCodec.write(out, admin.list(client.principal()));
    }

    void purge(BrokerClient client, FrameReader in, FrameWriter out) throws JMSException {
        String queue = in.readString();
        in.end();
        if (queue == null || queue.isEmpty()) {
            throw new JMSException("ADMIN_PURGE names no queue");
        }
        out.writeLong(admin.purge(client.principal(), queue));
    }

    void resetToLatest(BrokerClient client, FrameReader in, FrameWriter out) throws JMSException {
        boolean topic = in.readBoolean();
        String destination = in.readString();
        String group = in.readString();
        in.end();
        if (destination == null || group == null) {
            throw new JMSException("ADMIN_RESET_LATEST needs a destination and a group");
        }
        out.writeLong(admin.resetToLatest(client.principal(), topic, destination, group));
    }
}
