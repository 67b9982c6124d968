package io.sluice.store;

/** Where an appended record landed: its global log position and its size in bytes. */
public record AppendResult(long position, int size) {
}
