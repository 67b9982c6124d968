package io.sluice.transaction;

import javax.transaction.xa.XAException;
import java.util.concurrent.CompletionException;

/** XAExceptions with both a code, which transaction managers act on, and a message, which people read. */
public final class XaErrors {
    private XaErrors() {
    }

    public static XAException of(int errorCode, String message) {
        XAException e = new XAException(message + " (" + name(errorCode) + ")");
        e.errorCode = errorCode;
        return e;
    }

    /** The XAException a failed asynchronous step carries, or XAER_RMERR around any other failure. */
    public static XAException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof XAException xa) {
            return xa;
        }
        XAException e = of(XAException.XAER_RMERR, "the broker failed: " + cause);
        e.initCause(cause);
        return e;
    }

    public static String name(int errorCode) {
        return switch (errorCode) {
            case XAException.XAER_NOTA -> "XAER_NOTA";
            case XAException.XAER_PROTO -> "XAER_PROTO";
            case XAException.XAER_DUPID -> "XAER_DUPID";
            case XAException.XAER_INVAL -> "XAER_INVAL";
            case XAException.XAER_RMERR -> "XAER_RMERR";
            case XAException.XAER_RMFAIL -> "XAER_RMFAIL";
            case XAException.XA_RBROLLBACK -> "XA_RBROLLBACK";
            case XAException.XA_RBTIMEOUT -> "XA_RBTIMEOUT";
            case XAException.XA_RBINTEGRITY -> "XA_RBINTEGRITY";
            case XAException.XA_HEURCOM -> "XA_HEURCOM";
            case XAException.XA_HEURRB -> "XA_HEURRB";
            case XAException.XA_HEURMIX -> "XA_HEURMIX";
            case XAException.XA_HEURHAZ -> "XA_HEURHAZ";
            default -> "XA error " + errorCode;
        };
    }
}
