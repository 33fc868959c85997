package dev.hindsight.ingest.time;

import dev.hindsight.ingest.Warning;
import java.util.List;

/**
 * Everything time-like found in one piece of text, each list in order of appearance.
 *
 * @param points points in time
 * @param durations lengths of time
 * @param ranges pairs of {@code points} written as a span
 * @param warnings problems that belong to no point, e.g. an impossible clock "25:99" that was skipped
 */
public record TimeScan(
    List<TimePoint> points, List<DurationMention> durations, List<TimeRange> ranges, List<Warning> warnings) {

  public TimeScan {
    points = List.copyOf(points);
    durations = List.copyOf(durations);
    ranges = List.copyOf(ranges);
    warnings = List.copyOf(warnings);
  }
}
