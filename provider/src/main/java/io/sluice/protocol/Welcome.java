package io.sluice.protocol;

/** The RESPONSE to HELLO: the server's limits, which the client adopts for its side of the connection. */
public record Welcome(int maxFrameBytes, long heartbeatMillis) {

    public Frame frame(int requestId) {
        return new FrameWriter().writeInt(maxFrameBytes).writeLong(heartbeatMillis)
                .frame(FrameType.RESPONSE, requestId);
    }

    public static Welcome read(FrameReader in) {
        Welcome welcome = new Welcome(in.readInt(), in.readLong());
        in.end();
        if (welcome.maxFrameBytes < 1 || welcome.heartbeatMillis < 1) {
            throw new ProtocolException("the server announced impossible limits " + welcome);
        }
        return welcome;
    }
}
