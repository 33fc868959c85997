package dev.hindsight.ingest.time;

import java.util.Map;
import java.util.TreeMap;

/** Stretches of one text already read as something, so that a later reader does not read them again. */
final class ClaimedSpans {

  // start -> end; the spans never overlap, so the one starting last before a query's end decides.
  private final TreeMap<Integer, Integer> spans = new TreeMap<>();

  /** True when [start, end) shares a character with a claimed span. */
  boolean overlaps(int start, int end) {
    Map.Entry<Integer, Integer> before = spans.lowerEntry(end);
    return before != null && before.getValue() > start;
  }

  /** Marks [start, end) as read; the caller checks {@link #overlaps} first. */
  void claim(int start, int end) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must be non-empty and non-negative, got [" + start + ", " + end + ")");
    }
    if (overlaps(start, end)) {
      throw new IllegalStateException("span [" + start + ", " + end + ") overlaps one already claimed");
    }
    spans.put(start, end);
  }
}
