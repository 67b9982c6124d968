package io.sluice.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes a {@link Frame} without its length, which {@link ProtocolPipeline}'s prepender adds. */
final class FrameEncoder extends MessageToByteEncoder<Frame> {

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, ByteBuf out) {
        out.writeByte(frame.type().code());
        out.writeInt(frame.requestId());
        out.writeBytes(frame.body());
    }
}
