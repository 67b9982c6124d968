package io.sluice.engine;

/** The one rule for topic and group names: they end up in file contents and record headers. */
final class TopicNames {
    static final int MAX_LENGTH = 249;

    private TopicNames() {
    }

    static String requireValid(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a topic or group name must not be empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("name longer than " + MAX_LENGTH + " characters: " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("name contains a control character at index " + i + ": " + name);
            }
        }
        return name;
    }
}
