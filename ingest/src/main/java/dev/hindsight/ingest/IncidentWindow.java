package dev.hindsight.ingest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When an incident started, was detected and ended, and the durations between.
 *
 * @param start when the outage began
 * @param end when service was restored
 * @param detectedAt when the responders learnt of it
 * @param timezone the zone as the document writes it, "" when it gives none
 * @param durationMinutes start to end, or a duration the document states when it lacks one of them
 * @param timeToDetectMinutes start to detection
 */
public record IncidentWindow(
    Optional<Moment> start,
    Optional<Moment> end,
    Optional<Moment> detectedAt,
    String timezone,
    OptionalLong durationMinutes,
    OptionalLong timeToDetectMinutes) {

  /** Nothing known. */
  public static final IncidentWindow UNKNOWN =
      new IncidentWindow(Optional.empty(), Optional.empty(), Optional.empty(), "", OptionalLong.empty(), OptionalLong.empty());

  public IncidentWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(detectedAt, "detectedAt");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(timeToDetectMinutes, "timeToDetectMinutes");
  }
}
