package io.sluice.server;

import io.sluice.protocol.FrameType;
import io.sluice.protocol.Hello;
import io.sluice.protocol.Protocol;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;

/** Test helper: a plain socket speaking the protocol by hand, to send what a real client never would. */
final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final DataOutputStream out;
    private final DataInputStream in;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        out = new DataOutputStream(socket.getOutputStream());
        in = new DataInputStream(socket.getInputStream());
    }

    /** A frame as the protocol lays it out: length, type, request id, body. */
    void send(int type, int requestId, byte[] body) throws IOException {
        out.writeInt(1 + 4 + body.length);
        out.writeByte(type);
        out.writeInt(requestId);
        out.write(body);
        out.flush();
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void hello() throws IOException {
        send(FrameType.HELLO.code(), 1, new Hello(Protocol.VERSION, null, null).body().toBytes());
    }

    /** The type of the next frame, its body skipped. */
    int readFrameType() throws IOException {
        int length = in.readInt();
        int type = in.readByte();
        in.skipNBytes(length - 1);
        return type;
    }

    /** Whether the server closed the connection: reading then ends at once. */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                readFrameType();
            }
        } catch (EOFException | SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
