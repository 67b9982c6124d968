package io.sluice.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The command line of the broker process: {@code --config FILE} (a properties file of settings),
 * then {@code --setting value} pairs, each optional, which override the file's.
 */
final class ServerArgs {

    static final String USAGE = "usage: run [--config FILE] [--host 127.0.0.1] [--port 7676] [--name sluice]"
            + " [--dataDir ./data/<name>] [--securityConfig FILE] [--flushPolicy SYNC|ASYNC] [--queueCount 4]"
            + " [--maxDiskBytes 0] [--segmentBytes 67108864] [--orderedQueues q1,q2]"
            + " [--maxFrameBytes 16777216] [--heartbeatMillis 10000]";

    private static final String COMMAND_LINE = "the command line";

    private ServerArgs() {
    }

    /** @throws IllegalArgumentException saying what is wrong and where (an unreadable file included) */
    static ServerConfig parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option needs a value");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--config")) {
                readFile(Path.of(args[i + 1]), settings, where);
            }
        }
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option starting with --, got " + args[i]);
            }
            String key = args[i].substring(2);
            if (!key.equals("config")) {
                settings.put(key, args[i + 1]);
                where.put(key, COMMAND_LINE);
            }
        }
        return ServerSettings.toConfig(settings, where);
    }

    private static void readFile(Path file, Map<String, String> settings, Map<String, String> where) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read configuration file " + file + ": " + e);
        }
        for (String key : properties.stringPropertyNames()) {
            settings.put(key, properties.getProperty(key).trim());
            where.put(key, file.toString());
        }
    }
}
