package dev.hindsight.ingest.time;

import java.util.Arrays;

/** Stretches of one text already read as something, so that a later reader does not read them again. */
final class ClaimedSpans {

  // Sorted by start, in parallel arrays (asked at every word near a time, so no boxing); the spans never overlap,
  // so the one starting last before a query's end decides.
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int size;

  /** True when [start, end) shares a character with a claimed span. */
  boolean overlaps(int start, int end) {
    int before = lastStartingBefore(end);
    return before >= 0 && ends[before] > start;
  }

  /** Marks [start, end) as read; the caller checks {@link #overlaps} first. */
  void claim(int start, int end) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must be non-empty and non-negative, got [" + start + ", " + end + ")");
    }
    if (overlaps(start, end)) {
      throw new IllegalStateException("span [" + start + ", " + end + ") overlaps one already claimed");
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    int at = lastStartingBefore(end) + 1;
    System.arraycopy(starts, at, starts, at + 1, size - at);
    System.arraycopy(ends, at, ends, at + 1, size - at);
    starts[at] = start;
    ends[at] = end;
    size++;
  }

  // The index of the span with the greatest start below {@code position}, or -1 (starts are distinct: spans never
  // overlap and are never empty).
  private int lastStartingBefore(int position) {
    int found = Arrays.binarySearch(starts, 0, size, position);
    return found >= 0 ? found - 1 : -found - 2;
  }
}
