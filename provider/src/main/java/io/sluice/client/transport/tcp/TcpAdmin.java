package io.sluice.client.transport.tcp;

import io.sluice.broker.BrokerAdmin.DestinationView;
import io.sluice.client.ConnectionUrl;
import io.sluice.protocol.AdminCodec;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;

import java.util.List;

/** The administrative requests over a {@code tcp://} connection of their own, authenticated like any client. */
public final class TcpAdmin implements AutoCloseable {

    private final TcpConnection connection;

    private TcpAdmin(TcpConnection connection) {
        this.connection = connection;
    }

    /** @throws IllegalArgumentException for a malformed URL */
    public static TcpAdmin connect(String url, String user, String password) throws JMSException {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        if (!parsed.scheme().equals("tcp")) {
            throw new IllegalArgumentException("the admin command reaches a broker over tcp://, not " + url);
        }
        return new TcpAdmin((TcpConnection) new TcpTransport().connect(parsed, user, password));
    }

    public List<DestinationView> list() throws JMSException {
        return AdminCodec.read(connection.call(FrameType.ADMIN_LIST, new FrameWriter()));
    }

    /** @return how many messages were removed */
    public long purge(String queue) throws JMSException {
        return connection.call(FrameType.ADMIN_PURGE, new FrameWriter().writeString(queue)).readLong();
    }

    /** @return how many messages the group skipped */
    public long resetToLatest(boolean topic, String destination, String group) throws JMSException {
        return connection.call(FrameType.ADMIN_RESET_LATEST, new FrameWriter().writeBoolean(topic)
                .writeString(destination).writeString(group)).readLong();
    }

    @Override
    public void close() {
        connection.close();
    }
}
