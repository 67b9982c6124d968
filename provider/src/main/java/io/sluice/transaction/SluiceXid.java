package io.sluice.transaction;

import javax.transaction.xa.Xid;
import java.util.Arrays;
import java.util.HexFormat;

/** An Xid as Sluice keeps it: compared by value, as transaction managers expect of the Xids recover returns. */
public final class SluiceXid implements Xid {
    private final int formatId;
    private final byte[] globalTransactionId;
    private final byte[] branchQualifier;

    public SluiceXid(int formatId, byte[] globalTransactionId, byte[] branchQualifier) {
        if (globalTransactionId.length > MAXGTRIDSIZE || branchQualifier.length > MAXBQUALSIZE) {
            throw new IllegalArgumentException("an Xid has at most " + MAXGTRIDSIZE + " bytes of global transaction id"
                    + " and " + MAXBQUALSIZE + " of branch qualifier");
        }
        this.formatId = formatId;
        this.globalTransactionId = globalTransactionId.clone();
        this.branchQualifier = branchQualifier.clone();
    }

    /** A copy of any Xid, so that a caller's mutable implementation cannot change what Sluice holds. */
    public static SluiceXid of(Xid xid) {
        return xid instanceof SluiceXid own ? own
                : new SluiceXid(xid.getFormatId(), xid.getGlobalTransactionId(), xid.getBranchQualifier());
    }

    @Override
    public int getFormatId() {
        return formatId;
    }

    @Override
    public byte[] getGlobalTransactionId() {
        return globalTransactionId.clone();
    }

    @Override
    public byte[] getBranchQualifier() {
        return branchQualifier.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceXid other && formatId == other.formatId
                && Arrays.equals(globalTransactionId, other.globalTransactionId)
                && Arrays.equals(branchQualifier, other.branchQualifier);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * formatId + Arrays.hashCode(globalTransactionId)) + Arrays.hashCode(branchQualifier);
    }

    @Override
    public String toString() {
        return formatId + ":" + HexFormat.of().formatHex(globalTransactionId) + ":"
                + HexFormat.of().formatHex(branchQualifier);
    }
}
