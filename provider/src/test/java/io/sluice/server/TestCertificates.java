package io.sluice.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key stores made at test time by the JDK's keytool, run as a process: self-signed EC certificates. */
final class TestCertificates {

    static final String PASSWORD = "changeit";

    private final Path dir;

    TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A PKCS12 key store {@code name.p12} with a key whose certificate names 127.0.0.1 and localhost. */
    Path keyStore(String name) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** A PKCS12 trust store {@code name.p12} holding the certificate of each key store given. */
    Path trustStore(String name, Path... trusted) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        for (Path keyStore : trusted) {
            String alias = keyStore.getFileName().toString().replace(".p12", "");
            Path certificate = dir.resolve(alias + ".crt");
            keytool("-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        }
        return store;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }
}
