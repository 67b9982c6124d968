package io.sluice.server;

import java.util.Arrays;

/**
 * The broker process's entry point: {@code run [options]} starts a broker and serves until SIGTERM.
 */
public final class Launcher {

    static final String USAGE = "usage: sluice run [--config FILE] [--setting value ...]";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run" -> SluiceServer.run(rest);
            default -> {
                System.err.println(command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }
}
