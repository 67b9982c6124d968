package io.sluice.message;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The classes an {@link SluiceObjectMessage} may deserialize. Deserializing an arbitrary class from a message
 * lets whoever can send to a destination run the gadget chains of the consumer's classpath, so production
 * deployments should restrict it.
 *
 * <p>Entries are package names (trusting the package and its subpackages) or fully qualified class names.
 * The classes of {@code java.lang} itself (String, the boxed primitives, Number, Enum...) and primitive types
 * are always trusted; an array is trusted when its element type is.
 *
 * <p>The default comes from the system property {@value #SYSTEM_PROPERTY}: a comma-separated list of
 * entries, or {@code *} to trust every class. <b>When the property is not set every class is trusted</b>, as
 * JMS applications written for other providers expect; set it to restrict deserialization. A message can be
 * given its own list with {@link SluiceObjectMessage#setTrustedPackages}.
 */
public final class TrustedPackages {
    public static final String SYSTEM_PROPERTY = "sluice.objectmessage.trustedPackages";

    private static final TrustedPackages ALL = new TrustedPackages(null);
    private static final Set<String> PRIMITIVES = Set.of(
            "boolean", "byte", "short", "char", "int", "long", "float", "double", "void");

    private final List<String> entries;   // null = every class

    private TrustedPackages(List<String> entries) {
        this.entries = entries;
    }

    public static TrustedPackages all() {
        return ALL;
    }

    /** Trusts the given packages and classes (and, always, {@code java.lang}). */
    public static TrustedPackages of(String... packagesOrClasses) {
        List<String> entries = Arrays.stream(packagesOrClasses).map(String::trim).filter(e -> !e.isEmpty()).toList();
        return entries.contains("*") ? ALL : new TrustedPackages(entries);
    }

    /** Parses the syntax of the system property: comma-separated entries, {@code *} for all. */
    public static TrustedPackages parse(String commaSeparated) {
        return of(commaSeparated.split(","));
    }

    /** The list the system property {@value #SYSTEM_PROPERTY} names; every class when it is not set. */
    public static TrustedPackages fromSystemProperty() {
        String value = System.getProperty(SYSTEM_PROPERTY);
        return value == null ? ALL : parse(value);
    }

    public boolean trustsEverything() {
        return entries == null;
    }

    /** @param className a name as {@link Class#getName()} gives it, arrays included ("[Lcom.acme.Order;") */
    public boolean trusts(String className) {
        if (entries == null) {
            return true;
        }
        String element = elementClassName(className);
        if (element == null || PRIMITIVES.contains(element)) {
            return true;
        }
        if (element.startsWith("java.lang.") && element.indexOf('.', "java.lang.".length()) < 0) {
            return true;
        }
        for (String entry : entries) {
            if (element.equals(entry) || (element.startsWith(entry) && element.charAt(entry.length()) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** The element class of an array class name; null for an array of primitives. */
    private static String elementClassName(String className) {
        if (!className.startsWith("[")) {
            return className;
        }
        String element = className.substring(className.lastIndexOf('[') + 1);
        return element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : null;
    }

    @Override
    public String toString() {
        return entries == null ? "*" : "java.lang," + String.join(",", entries);
    }
}
