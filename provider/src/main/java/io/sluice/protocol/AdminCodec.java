package io.sluice.protocol;

import io.sluice.broker.BrokerAdmin.DestinationView;
import io.sluice.engine.ConsumeMode;
import io.sluice.engine.GroupInfo;

import java.util.ArrayList;
import java.util.List;

/** The answer of ADMIN_LIST: destinations, each with its consumer groups and their offsets per queue. */
public final class AdminCodec {

    private AdminCodec() {
    }

    public static void write(FrameWriter out, List<DestinationView> destinations) {
        out.writeInt(destinations.size());
        for (DestinationView destination : destinations) {
            out.writeBoolean(destination.topic()).writeString(destination.name()).writeInt(destination.groups().size());
            for (GroupInfo group : destination.groups()) {
                out.writeString(group.group()).writeString(group.mode().name()).writeBoolean(group.durable())
                        .writeInt(group.consumers()).writeInt(group.queues().size());
                for (GroupInfo.QueueInfo queue : group.queues()) {
                    out.writeInt(queue.queueId()).writeLong(queue.committedOffset()).writeLong(queue.maxOffset())
                            .writeLong(queue.lag()).writeInt(queue.inFlight());
                }
            }
        }
    }

    /** @throws ProtocolException when the answer is malformed */
    public static List<DestinationView> read(FrameReader in) {
        int count = in.readInt();
        List<DestinationView> destinations = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            boolean topic = in.readBoolean();
            String name = in.readString();
            int groupCount = in.readInt();
            List<GroupInfo> groups = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                String group = in.readString();
                ConsumeMode mode = mode(in.readString());
                boolean durable = in.readBoolean();
                int consumers = in.readInt();
                int queueCount = in.readInt();
                List<GroupInfo.QueueInfo> queues = new ArrayList<>();
                for (int q = 0; q < queueCount; q++) {
                    queues.add(new GroupInfo.QueueInfo(in.readInt(), in.readLong(), in.readLong(), in.readLong(),
                            in.readInt()));
                }
                groups.add(new GroupInfo(name, group, mode, durable, consumers, queues));
            }
            destinations.add(new DestinationView(topic, name, groups));
        }
        in.end();
        return destinations;
    }

    private static ConsumeMode mode(String name) {
        try {
            return ConsumeMode.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProtocolException("unknown consume mode " + name);
        }
    }
}
