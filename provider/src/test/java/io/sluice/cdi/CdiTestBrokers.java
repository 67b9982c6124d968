package io.sluice.cdi;

import io.sluice.security.PasswordHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

/**
 * The brokers the CDI tests' {@code cdi-jndi.properties} declares (relative paths: surefire runs in the
 * module directory), and running code in a request of its own.
 */
final class CdiTestBrokers {

    static final Path DIR = Path.of("target", "cdi-test");
    static final long RECEIVE_TIMEOUT = 10_000;

    private CdiTestBrokers() {
    }

    /**
     * The secured broker's file: user {@code app} (password {@code app-secret}) may use every queue, user
     * {@code reader} (password {@code reader-secret}) may only consume.
     */
    static void writeSecurityConfig() {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("security.conf"), String.join("\n",
                    "user.app = " + PasswordHash.create("app-secret".toCharArray(), 1000),
                    "user.app.roles = app",
                    "user.reader = " + PasswordHash.create("reader-secret".toCharArray(), 1000),
                    "user.reader.roles = reader",
                    "grant.create.# = app, reader",
                    "grant.send.# = app",
                    "grant.consume.# = app, reader",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} on another thread inside a request that ends when it returns. */
    static <T> T inAnotherRequest(Instance<RequestContextController> controllers, Callable<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<T> result = thread.submit(() -> {
                RequestContextController request = controllers.get();
                request.activate();
                try {
                    return work.call();
                } finally {
                    request.deactivate();
                }
            });
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.shutdownNow();
        }
    }

    /** Runs {@code work} on another thread with no request scope active. */
    static <T> T outsideAnyRequest(Callable<T> work) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(work).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.shutdownNow();
        }
    }
}
