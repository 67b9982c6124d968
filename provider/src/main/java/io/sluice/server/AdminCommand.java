package io.sluice.server;

import io.sluice.broker.BrokerAdmin.DestinationView;
import io.sluice.client.transport.tcp.TcpAdmin;
import io.sluice.engine.GroupInfo;
import jakarta.jms.JMSException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sluice admin [--url tcp://127.0.0.1:7676] [--user U --password P] list | purge QUEUE |
 * reset-latest queue|topic NAME GROUP}: the administrative commands of a running broker, over the network.
 */
final class AdminCommand {

    static final String USAGE = "usage: sluice admin [--url tcp://127.0.0.1:7676] [--user NAME] [--password SECRET]"
            + " list | purge QUEUE | reset-latest queue|topic NAME GROUP"
            + " | in-doubt | commit-transaction ID | rollback-transaction ID";

    private AdminCommand() {
    }

    /** @return the process exit status: 0 done, 1 the broker refused or failed, 2 a usage mistake */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String url = "tcp://" + ServerConfig.DEFAULT_HOST + ":" + ServerConfig.DEFAULT_PORT;
        String user = null;
        String password = null;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            boolean option = args[i].equals("--url") || args[i].equals("--user") || args[i].equals("--password");
            if (option && i + 1 == args.length) {
                return usage(err, args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> command.add(args[i]);
            }
        }
        boolean list = command.equals(List.of("list"));
        boolean purge = command.size() == 2 && command.get(0).equals("purge");
        boolean reset = command.size() == 4 && command.get(0).equals("reset-latest")
                && List.of("queue", "topic").contains(command.get(1));
        boolean inDoubt = command.equals(List.of("in-doubt"));
        boolean resolve = command.size() == 2
                && List.of("commit-transaction", "rollback-transaction").contains(command.get(0));
        if (inDoubt || resolve) {
            return CheckBackAdminCommand.run(url, user, password, command, out, err);
        }
        if (!list && !purge && !reset) {
            return usage(err, command.isEmpty() ? "no admin command given" : "unknown admin command " + command);
        }
        try (TcpAdmin admin = TcpAdmin.connect(url, user, password)) {
            if (list) {
                print(admin.list(), out);
            } else if (purge) {
                out.println("purged " + admin.purge(command.get(1)) + " messages from queue " + command.get(1));
            } else {
                long skipped = admin.resetToLatest(command.get(1).equals("topic"), command.get(2), command.get(3));
                out.println("group " + command.get(3) + " of " + command.get(1) + " " + command.get(2) + " skipped "
                        + skipped + " messages");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (JMSException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }

    /** One line per destination, then one per consumer group with its totals and its offsets per queue. */
    static void print(List<DestinationView> destinations, PrintStream out) {
        for (DestinationView destination : destinations) {
            out.println((destination.topic() ? "topic " : "queue ") + destination.name());
            for (GroupInfo group : destination.groups()) {
                out.println("  group " + group.group() + " mode=" + group.mode() + " durable=" + group.durable()
                        + " consumers=" + group.consumers() + " lag=" + group.lag());
                for (GroupInfo.QueueInfo queue : group.queues()) {
                    out.println("    queue " + queue.queueId() + " committed=" + queue.committedOffset() + " max="
                            + queue.maxOffset() + " lag=" + queue.lag() + " inFlight=" + queue.inFlight());
                }
            }
        }
    }
}
