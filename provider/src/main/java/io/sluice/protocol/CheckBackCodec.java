package io.sluice.protocol;

import io.sluice.checkback.CheckRequest;
import io.sluice.checkback.Decision;
import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;

import java.util.ArrayList;
import java.util.List;

/** The bodies of the check-back frames (docs/protocol.md#check-back) that are more than one field. */
public final class CheckBackCodec {
    private CheckBackCodec() {
    }

    /** CHECK: the producer registration asked, then the check. */
    public static Frame check(int registrationId, CheckRequest request) {
        FrameWriter out = new FrameWriter().writeInt(registrationId).writeString(request.transactionId())
                .writeString(request.producerGroup()).writeLong(request.epoch()).writeInt(request.messages().size());
        request.messages().forEach(out::writeBytes);
        return out.frame(FrameType.CHECK, Protocol.NO_REQUEST);
    }

    public static CheckRequest readCheck(FrameReader in) {
        String transactionId = in.readString();
        String group = in.readString();
        long epoch = in.readLong();
        int count = in.readInt();
        if (count < 0) {
            throw new ProtocolException("CHECK with " + count + " messages");
        }
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(in.readBytes());
        }
        in.end();
        return new CheckRequest(transactionId, group, epoch, messages);
    }

    public static FrameWriter writeInDoubt(FrameWriter out, List<InDoubtTransaction> transactions) {
        out.writeInt(transactions.size());
        transactions.forEach(t -> out.writeString(t.transactionId()).writeString(t.producerGroup()).writeInt(t.checks()));
        return out;
    }

    public static List<InDoubtTransaction> readInDoubt(FrameReader in) {
        int count = in.readInt();
        List<InDoubtTransaction> transactions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            transactions.add(new InDoubtTransaction(in.readString(), in.readString(), in.readInt()));
        }
        in.end();
        return transactions;
    }

    public static Decision decision(int code) {
        Decision[] all = Decision.values();
        if (code < 0 || code >= all.length) {
            throw new ProtocolException("unknown check-back decision " + code);
        }
        return all[code];
    }

    public static Outcome outcome(int code) {
        Outcome[] all = Outcome.values();
        if (code < 0 || code >= all.length) {
            throw new ProtocolException("unknown check-back outcome " + code);
        }
        return all[code];
    }
}
