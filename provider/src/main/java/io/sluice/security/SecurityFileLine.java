package io.sluice.security;

/** One {@code key=value} line of a security file, both sides trimmed. */
record SecurityFileLine(int number, String key, String value) {
}
