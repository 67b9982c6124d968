package io.sluice.ra.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prepares the GlassFish the build unpacked for GlassFishIT (run by the build before the tests):
 * a fresh domain whose ports start at a base of our own and whose listeners bind to 127.0.0.1 only,
 * so that it meets no other server on the machine and keeps nothing from an earlier run; then,
 * with the domain running, the adapter installed with the asadmin commands of
 * docs/resource-adapter.md, plus the journal's data source. The domain is stopped again for
 * Arquillian to start. Arguments: GlassFish home (the glassfish7 directory), domain, port base, .rar.
 * (The container adapter's own post-boot commands cannot do this: version 1.7 appends an option
 * after each command's operand.)
 */
public final class GlassFishDomain {

    private GlassFishDomain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected: <glassfish home> <domain> <port base> <rar>, got "
                    + List.of(args));
        }
        Path home = Path.of(args[0]);
        String domain = args[1];
        int portBase = Integer.parseInt(args[2]);
        String rar = args[3];
        Path domainDir = home.resolve("glassfish/domains").resolve(domain);
        deleteRecursively(domainDir);
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        String asadmin = home.resolve(windows ? "bin/asadmin.bat" : "bin/asadmin").toString();
        run(asadmin, "create-domain", "--portbase", args[2], "--nopassword=true", domain);
        bindToLoopback(domainDir.resolve("config/domain.xml"));
        String[] remote = {asadmin, "--host", "127.0.0.1", "--port", String.valueOf(portBase + 48)};
        run(asadmin, "start-domain", domain);
        try {
            // the provider jar carries a CDI extension for Java SE, which GlassFish fails to load from a .rar
            run(remote, "deploy", "--name", "sluice-ra", "--property", "implicitCdiEnabled=false", rar);
            run(remote, "create-resource-adapter-config", "--property", "ConnectionURL=vm\\://sluice", "sluice-ra");
            run(remote, "create-connector-connection-pool", "--raname", "sluice-ra", "--connectiondefinition",
                    "jakarta.jms.ConnectionFactory", "--transactionsupport", "XATransaction", "SluicePool");
            run(remote, "create-connector-resource", "--poolname", "SluicePool", "jms/SluiceCF");
            run(remote, "create-admin-object", "--raname", "sluice-ra", "--restype", "jakarta.jms.Queue",
                    "--property", "Name=orders", "jms/queue/Orders");
            run(remote, "create-admin-object", "--raname", "sluice-ra", "--restype", "jakarta.jms.Topic",
                    "--property", "Name=events", "jms/topic/Events");
            run(remote, "create-jdbc-connection-pool", "--datasourceclassname", "org.apache.derby.jdbc.EmbeddedDataSource",
                    "--restype", "javax.sql.DataSource", "--property",
                    "databaseName=" + domainDir.resolve("sluice-journal") + ":createDatabase=create", "SluiceJournalPool");
            run(remote, "create-jdbc-resource", "--connectionpoolid", "SluiceJournalPool", "jdbc/SluiceJournal");
        } finally {
            run(asadmin, "stop-domain", domain);
        }
    }

    private static void run(String[] prefix, String... command) throws IOException, InterruptedException {
        String[] all = new String[prefix.length + command.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(command, 0, all, prefix.length, command.length);
        run(all);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static void bindToLoopback(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8)
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replaceAll("<network-listener (?!address)", "<network-listener address=\"127.0.0.1\" ");
        Files.writeString(domainXml, xml, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
