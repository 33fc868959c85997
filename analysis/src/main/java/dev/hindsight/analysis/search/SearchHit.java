package dev.hindsight.analysis.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One incident found, with what a result line shows.
 *
 * @param id the record id
 * @param title the title
 * @param source the path it was indexed from
 * @param start when it started, when the document gives a zone
 * @param quarter the quarter of the start, or "undated"
 * @param durationMinutes start to service restored
 * @param category the cause category key
 * @param component the cause component key
 * @param failureClass {@code category/component}, empty when either is unknown
 * @param score the relevance score (only comparable within one result list)
 * @param snippet the cause sentence with the matching words in {@code **}, "" when there is no cause
 */
public record SearchHit(
    String id,
    String title,
    String source,
    Optional<Instant> start,
    String quarter,
    OptionalLong durationMinutes,
    String category,
    String component,
    Optional<String> failureClass,
    float score,
    String snippet) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(failureClass, "failureClass");
    Objects.requireNonNull(snippet, "snippet");
  }

  /** An incident not found by a query (one being compared, say): score 0, its cause as the snippet. */
  public static SearchHit of(SearchableIncident incident) {
    return new SearchHit(incident.id(), incident.title(), incident.source(), incident.start(), incident.quarter(),
        incident.durationMinutes(), incident.category(), incident.component(), incident.failureClass(), 0f,
        incident.cause());
  }
}
