package io.sluice.protocol;

import io.sluice.transaction.SluiceXid;
import io.sluice.transaction.XaErrors;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;

/**
 * Xids and XA outcomes on the wire. An Xid is int format id, bytes global transaction id, bytes branch qualifier.
 * Every XA_* request is answered by a RESPONSE whose body starts with a boolean: true, then the result of the call;
 * false, then int XAException error code and string message, so the transaction manager gets the exact code.
 */
public final class XaCodec {
    private XaCodec() {
    }

    public static FrameWriter writeXid(FrameWriter out, Xid xid) {
        return out.writeInt(xid.getFormatId()).writeBytes(xid.getGlobalTransactionId())
                .writeBytes(xid.getBranchQualifier());
    }

    public static Xid readXid(FrameReader in) {
        int formatId = in.readInt();
        byte[] global = in.readBytes();
        byte[] branch = in.readBytes();
        try {
            return new SluiceXid(formatId, global, branch);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(e.getMessage());
        }
    }

    public static FrameWriter success() {
        return new FrameWriter().writeBoolean(true);
    }

    public static FrameWriter failure(XAException e) {
        return new FrameWriter().writeBoolean(false).writeInt(e.errorCode)
                .writeString(e.getMessage() == null ? XaErrors.name(e.errorCode) : e.getMessage());
    }

    /** Reads the outcome flag; throws the XAException a failure carries. */
    public static FrameReader outcome(FrameReader in) throws XAException {
        if (in.readBoolean()) {
            return in;
        }
        int code = in.readInt();
        String message = in.readString();
        in.end();
        XAException e = new XAException(message);
        e.errorCode = code;
        throw e;
    }
}
