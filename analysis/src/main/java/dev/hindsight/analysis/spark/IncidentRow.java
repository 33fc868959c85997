package dev.hindsight.analysis.spark;

import dev.hindsight.ingest.time.QuarterKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of the incidents table as a Java value, in {@link IncidentColumns#SCHEMA} order.
 *
 * <p>Rejected rows carry only id, source, status and warning kinds; every other field is null.
 */
public record IncidentRow(
    String id,
    String source,
    String title,
    String status,
    Instant startUtc,
    Instant endUtc,
    Boolean hasOffset,
    String quarter,
    Long durationMinutes,
    Long ttdMinutes,
    Long ttiMinutes,
    Long ttrMinutes,
    String category,
    String component,
    String failureClass,
    String detectionMethod,
    List<String> services,
    Double usersAffectedPercent,
    List<Misleading> misleading,
    List<Action> actions,
    Double qualityScore,
    List<String> qualityFlags,
    List<String> warningKinds) {

  /** A hypothesis the responders pursued that was not the cause, and the minutes it cost (null when unknown). */
  public record Misleading(String hypothesis, Long minutesLost) {}

  /** A corrective action and its type key. */
  public record Action(String text, String type) {}

  public IncidentRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }

  /** A rejected input: only what identifies it and why it was rejected. */
  public static IncidentRow rejected(String id, String source, String... warningKinds) {
    return new IncidentRow(id, source, null, IncidentColumns.STATUS_REJECTED, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, List.of(warningKinds));
  }

  /** A builder for an accepted incident: status ok, source {@code <id>.md}, undated, empty lists. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** This row as a Spark row matching {@link IncidentColumns#SCHEMA}. */
  public Row toRow() {
    return RowFactory.create(
        id, source, title, status, timestamp(startUtc), timestamp(endUtc), hasOffset, quarter,
        durationMinutes, ttdMinutes, ttiMinutes, ttrMinutes, category, component, failureClass, detectionMethod,
        services, usersAffectedPercent,
        misleading == null ? null
            : misleading.stream().map(m -> RowFactory.create(m.hypothesis(), m.minutesLost())).toList(),
        actions == null ? null : actions.stream().map(a -> RowFactory.create(a.text(), a.type())).toList(),
        qualityScore, qualityFlags, warningKinds);
  }

  // java.sql.Timestamp is the external type Spark maps TimestampType to without the Java 8 time API switch.
  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  /** Builds an accepted row; the quarter follows the start, the failure class follows category and component. */
  public static final class Builder {
    private final String id;
    private String source;
    private String title;
    private String status = IncidentColumns.STATUS_OK;
    private Instant startUtc;
    private Instant endUtc;
    private Boolean hasOffset;
    private Long durationMinutes;
    private Long ttdMinutes;
    private Long ttiMinutes;
    private Long ttrMinutes;
    private String category;
    private String component;
    private String detectionMethod;
    private List<String> services = List.of();
    private Double usersAffectedPercent;
    private final List<Misleading> misleading = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private Double qualityScore;
    private List<String> qualityFlags = List.of();
    private List<String> warningKinds = List.of();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      this.source = id + ".md";
    }

    public Builder source(String value) {
      source = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder status(String value) {
      status = value;
      return this;
    }

    /** The start as ISO-8601 with an offset ({@code Z} or {@code +02:00}), as a document that gave a zone. */
    public Builder start(String isoWithOffset) {
      startUtc = OffsetDateTime.parse(isoWithOffset).toInstant();
      hasOffset = true;
      return this;
    }

    public Builder end(String isoWithOffset) {
      endUtc = OffsetDateTime.parse(isoWithOffset).toInstant();
      return this;
    }

    public Builder hasOffset(Boolean value) {
      hasOffset = value;
      return this;
    }

    public Builder durationMinutes(Long value) {
      durationMinutes = value;
      return this;
    }

    public Builder ttd(Long minutes) {
      ttdMinutes = minutes;
      return this;
    }

    public Builder tti(Long minutes) {
      ttiMinutes = minutes;
      return this;
    }

    public Builder ttr(Long minutes) {
      ttrMinutes = minutes;
      return this;
    }

    public Builder cause(String categoryKey, String componentKey) {
      category = categoryKey;
      component = componentKey;
      return this;
    }

    public Builder detection(String method) {
      detectionMethod = method;
      return this;
    }

    public Builder services(String... names) {
      services = List.of(names);
      return this;
    }

    public Builder usersAffectedPercent(Double value) {
      usersAffectedPercent = value;
      return this;
    }

    public Builder misleading(String hypothesis, Long minutesLost) {
      misleading.add(new Misleading(hypothesis, minutesLost));
      return this;
    }

    public Builder action(String text, String type) {
      actions.add(new Action(text, type));
      return this;
    }

    public Builder qualityScore(Double value) {
      qualityScore = value;
      return this;
    }

    public Builder qualityFlags(String... flags) {
      qualityFlags = List.of(flags);
      return this;
    }

    public Builder warningKinds(String... kinds) {
      warningKinds = Arrays.asList(kinds);
      return this;
    }

    public IncidentRow build() {
      String failureClass = category == null || component == null ? null : category + "/" + component;
      return new IncidentRow(id, source, title, status, startUtc, endUtc, hasOffset,
          QuarterKey.of(startUtc), durationMinutes, ttdMinutes, ttiMinutes, ttrMinutes, category,
          component, failureClass, detectionMethod, services, usersAffectedPercent, List.copyOf(misleading),
          List.copyOf(actions), qualityScore, qualityFlags, warningKinds);
    }
  }
}
