package io.sluice.server;

import java.util.Arrays;

/**
 * The broker process's entry point: {@code run [options]} starts a broker and serves until SIGTERM;
 * {@code admin ...} runs an administrative command against a running one.
 */
public final class Launcher {

    static final String USAGE = "usage: sluice run [--config FILE] [--setting value ...]\n"
            + "       sluice admin [--url tcp://127.0.0.1:7676] [--user NAME] [--password SECRET] list | purge QUEUE\n"
            + "                     | reset-latest queue|topic NAME GROUP";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run" -> SluiceServer.run(rest);
            case "admin" -> System.exit(AdminCommand.run(rest, System.out, System.err));
            default -> {
                System.err.println(command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }
}
