package io.sluice.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.sluice.broker.ConsumerRequest;
import io.sluice.broker.OutgoingMessage;
import io.sluice.client.transport.InboundDelivery;
import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceTemporaryQueue;
import io.sluice.message.SluiceTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameCodecTest {

    private static EmbeddedChannel channel(int maxFrameBytes) {
        EmbeddedChannel channel = new EmbeddedChannel();
        ProtocolPipeline.addFraming(channel.pipeline(), maxFrameBytes);
        return channel;
    }

    /** Writes a frame out of one channel and into another, as over a socket. */
    private static Frame roundTrip(Frame frame) {
        EmbeddedChannel out = channel(1024);
        out.writeOutbound(frame);
        EmbeddedChannel in = channel(1024);
        ByteBuf bytes;
        while ((bytes = out.readOutbound()) != null) {
            in.writeInbound(bytes);
        }
        return in.readInbound();
    }

    @Test
    void aFrameComesBackWithItsTypeRequestIdAndBody() {
        Frame received = roundTrip(new FrameWriter().writeString("é").writeLong(-1).frame(FrameType.SEND, 42));
        assertThat(received.type()).isEqualTo(FrameType.SEND);
        assertThat(received.requestId()).isEqualTo(42);
        FrameReader in = received.reader();
        assertThat(in.readString()).isEqualTo("é");
        assertThat(in.readLong()).isEqualTo(-1);
        in.end();
    }

    @Test
    void theDomainValuesComeBackEqual() {
        OutgoingMessage message = new OutgoingMessage(new SluiceTemporaryQueue("tq", "conn-1"), new byte[] {1, 2, 3},
                true, 7, 10, 20, null);
        ConsumerRequest request = new ConsumerRequest(new SluiceTopic("t"), "a = 1", true, "sub", true, false);
        FrameWriter out = new FrameWriter();
        OutgoingMessageCodec.write(out, message);
        ConsumerRequestCodec.write(out, request);
        FrameReader in = roundTrip(out.frame(FrameType.SEND, 1)).reader();
        OutgoingMessage readMessage = OutgoingMessageCodec.read(in);
        assertThat(readMessage).usingRecursiveComparison().isEqualTo(message);
        assertThat(readMessage.destination().connectionId()).isEqualTo("conn-1");
        assertThat(ConsumerRequestCodec.read(in)).isEqualTo(request);
        in.end();

        InboundDelivery delivery = new InboundDelivery(5, 1, 99, 2, new byte[] {9});
        FrameReader deliveryIn = roundTrip(DeliveryCodec.frame(3, delivery)).reader();
        assertThat(deliveryIn.readInt()).isEqualTo(3);
        assertThat(DeliveryCodec.read(deliveryIn)).usingRecursiveComparison().isEqualTo(delivery);
    }

    @Test
    void nullStringsAndDestinationsStayNull() {
        FrameReader in = new FrameWriter().writeString(null).writeString("").writeDestination(null)
                .writeDestination(new SluiceQueue("q")).frame(FrameType.SEND, 1).reader();
        assertThat(in.readString()).isNull();
        assertThat(in.readString()).isEmpty();
        assertThat(in.readDestination()).isNull();
        assertThat(in.readDestination()).isEqualTo(new SluiceQueue("q"));
    }

    @Test
    void aTruncatedOrOverlongBodyIsAProtocolError() {
        FrameReader truncated = new FrameWriter().writeInt(1).frame(FrameType.SEND, 1).reader();
        assertThatThrownBy(truncated::readLong).isInstanceOf(ProtocolException.class);
        FrameReader lying = new FrameWriter().writeInt(1000).frame(FrameType.SEND, 1).reader();
        assertThatThrownBy(lying::readBytes).isInstanceOf(ProtocolException.class);
        FrameReader trailing = new FrameWriter().writeInt(1).writeInt(2).frame(FrameType.SEND, 1).reader();
        trailing.readInt();
        assertThatThrownBy(trailing::end).isInstanceOf(ProtocolException.class);
    }

    @Test
    void anUnknownTypeOrAnOversizedFrameIsRefused() {
        EmbeddedChannel in = channel(1024);
        assertThatThrownBy(() -> in.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 5, 99, 0, 0, 0, 1})))
                .isInstanceOf(ProtocolException.class);
        EmbeddedChannel small = channel(1024);
        assertThatThrownBy(() -> small.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 4, 0, 6})))
                .isInstanceOf(TooLongFrameException.class);
    }
}
