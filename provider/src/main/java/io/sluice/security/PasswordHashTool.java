package io.sluice.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Prints the hash of a password for a security file:
 * {@code java -cp sluice-provider.jar io.sluice.security.PasswordHashTool [--iterations N] [user]}.
 * The password is read from the terminal without echo (twice, to catch typos) or, when there is no terminal, as one
 * line of standard input; never from the command line, where it would end up in the shell history. With a user
 * name the output is the whole {@code user.<name>=<hash>} line.
 */
public final class PasswordHashTool {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT =
            "usage: PasswordHashTool [--iterations N] [user]   (reads the password from the terminal or stdin)";

    private PasswordHashTool() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        int status = run(args, System.console(), stdin, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /** @param console the terminal, or null to read the password from {@code stdin} */
    static int run(String[] args, Console console, BufferedReader stdin, PrintStream out, PrintStream err)
            throws IOException {
        int iterations = PasswordHash.DEFAULT_ITERATIONS;
        String user = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--iterations")) {
                if (i + 1 == args.length) {
                    return usage(err, "--iterations needs a number");
                }
                try {
                    iterations = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    return usage(err, "--iterations needs a number, not '" + args[i] + "'");
                }
            } else if (args[i].startsWith("-") || user != null) {
                return usage(err, "unexpected argument '" + args[i] + "'");
            } else {
                user = args[i];
            }
        }
        if (iterations < PasswordHash.MIN_ITERATIONS) {
            return usage(err, "--iterations must be at least " + PasswordHash.MIN_ITERATIONS);
        }
        if (user != null && !SecurityFileParser.isValidName(user)) {
            return usage(err, "'" + user + "' is not a valid user name (" + SecurityFileParser.NAME_RULE + ")");
        }
        char[] password = console != null ? readTwice(console, err) : readLine(stdin, err);
        if (password == null) {
            return FAILED;
        }
        try {
            String hash = PasswordHash.create(password, iterations).toString();
            out.println(user == null ? hash : "user." + user + "=" + hash);
            return OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] readTwice(Console console, PrintStream err) {
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Repeat password: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("The passwords differ; nothing was hashed.");
                return null;
            }
            return nonEmpty(first.clone(), err);
        } finally {
            wipe(first);
            wipe(second);
        }
    }

    private static char[] readLine(BufferedReader stdin, PrintStream err) throws IOException {
        String line = stdin.readLine();
        if (line == null) {
            err.println("No password on standard input.");
            return null;
        }
        return nonEmpty(line.toCharArray(), err);
    }

    private static char[] nonEmpty(char[] password, PrintStream err) {
        if (password.length == 0) {
            err.println("The password is empty; nothing was hashed.");
            return null;
        }
        return password;
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
