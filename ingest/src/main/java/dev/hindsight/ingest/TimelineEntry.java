package dev.hindsight.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One event of a postmortem's timeline.
 *
 * @param at when it happened, when the entry gives a time
 * @param text what happened, without the time stamp
 * @param lineNumber 1-based source line, 0 when unknown
 */
public record TimelineEntry(Optional<Moment> at, String text, int lineNumber) {

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }

  /** This entry with more text appended (a continuation line). */
  public TimelineEntry append(String more) {
    return new TimelineEntry(at, text.isEmpty() ? more : text + " " + more, lineNumber);
  }
}
