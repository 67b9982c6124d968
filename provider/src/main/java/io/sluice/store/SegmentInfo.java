package io.sluice.store;

import java.nio.file.Path;

/** A commit-log segment: positions [basePosition, endPosition) hold records; size is the file's preallocated size. */
public record SegmentInfo(long basePosition, long endPosition, Path file, long size) {
}
