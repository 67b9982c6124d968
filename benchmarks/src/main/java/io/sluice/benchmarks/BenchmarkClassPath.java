package io.sluice.benchmarks;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path the benchmarks were loaded from, for child JVMs (JMH forks, the heap check). Under
 * `mvn exec:java` the JVM's java.class.path is Maven's launcher, not this module's class path.
 */
public final class BenchmarkClassPath {

    private BenchmarkClassPath() {
    }

    public static String current() {
        if (!(BenchmarkClassPath.class.getClassLoader() instanceof URLClassLoader loader)) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            entries.add(new File(URI.create(url.toString())).getPath());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Makes JMH, which starts its forks with java.class.path, use {@link #current()}. */
    public static void exposeToForks() {
        System.setProperty("java.class.path", current());
    }
}
