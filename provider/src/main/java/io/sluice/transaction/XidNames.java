package io.sluice.transaction;

import javax.transaction.xa.Xid;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The engine transaction id of an XA branch, {@code xa.<formatId>.<hex gtrid>.<hex bqual>}, and back: the Xid is
 * written into the branch's records, so recover lists it after a restart.
 */
public final class XidNames {
    public static final String PREFIX = "xa.";

    private XidNames() {
    }

    public static String engineId(Xid xid) {
        return PREFIX + xid.getFormatId() + "." + HexFormat.of().formatHex(xid.getGlobalTransactionId()) + "."
                + HexFormat.of().formatHex(xid.getBranchQualifier());
    }

    public static boolean isGlobal(String engineId) {
        return engineId.startsWith(PREFIX);
    }

    /** Empty for an id that is not an XA branch's. */
    public static Optional<Xid> xidOf(String engineId) {
        if (!isGlobal(engineId)) {
            return Optional.empty();
        }
        String[] parts = engineId.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SluiceXid(Integer.parseInt(parts[0]), HexFormat.of().parseHex(parts[1]),
                    HexFormat.of().parseHex(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
