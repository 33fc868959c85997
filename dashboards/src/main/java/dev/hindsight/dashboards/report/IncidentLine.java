package dev.hindsight.dashboards.report;

import java.util.List;
import java.util.Optional;

/**
 * One incident as the page lists it, taken from its incidents.jsonl record; every string is untrusted text.
 *
 * @param start the start as written in the record (ISO-8601), empty when unknown
 * @param failureClass {@code category/component}
 * @param misleading hypotheses pursued, in the record's order
 * @param minutesLost minutes the misleading paths cost, summed over those whose cost is known
 */
public record IncidentLine(String id, String source, String title, String quarter, Optional<String> start,
    String failureClass, Optional<Long> resolveMinutes, Optional<Long> detectMinutes, List<String> misleading,
    long minutesLost, Optional<Double> qualityScore, List<String> qualityFlags, String status) {

  public IncidentLine {
    misleading = List.copyOf(misleading);
    qualityFlags = List.copyOf(qualityFlags);
  }
}
