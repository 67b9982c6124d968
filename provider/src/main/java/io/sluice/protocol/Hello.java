package io.sluice.protocol;

/** The body of HELLO, the first frame of a connection: who speaks which protocol version, and the credentials. */
public record Hello(int version, String user, String password) {

    public FrameWriter body() {
        return new FrameWriter().writeInt(Protocol.MAGIC).writeInt(version).writeString(user).writeString(password);
    }

    public static Hello read(FrameReader in) {
        if (in.readInt() != Protocol.MAGIC) {
            throw new ProtocolException("HELLO does not start with the Sluice magic number");
        }
        Hello hello = new Hello(in.readInt(), in.readString(), in.readString());
        in.end();
        return hello;
    }
}
