package io.sluice.protocol;

import io.netty.handler.codec.CorruptedFrameException;

/** A frame that does not follow the protocol; the connection that sent it is closed. */
public final class ProtocolException extends CorruptedFrameException {

    public ProtocolException(String message) {
        super(message);
    }
}
