package io.sluice.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

import java.util.List;

/** Turns one length-delimited frame (length already stripped) into a {@link Frame}. */
final class FrameDecoder extends MessageToMessageDecoder<ByteBuf> {

    private static final int HEADER_BYTES = 1 + 4;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < HEADER_BYTES) {
            throw new ProtocolException("frame of " + in.readableBytes() + " bytes is shorter than its header");
        }
        FrameType type = FrameType.of(in.readByte());
        int requestId = in.readInt();
        out.add(new Frame(type, requestId, ByteBufUtil.getBytes(in)));
    }
}
