package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.nlp.Enrichment;
import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.Quality;
import dev.hindsight.analysis.nlp.RootCause;
import dev.hindsight.ingest.IncidentWindow;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.Warning;
import dev.hindsight.ingest.time.QuarterKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Maps one {@link Incident} (the record contract) to a row of the incidents table; pure, no I/O. */
public final class IncidentRowMapper {

  private IncidentRowMapper() {}

  /**
   * The incident as a Spark row in {@link IncidentColumns#SCHEMA}, lists as Scala sequences so that the row
   * encoder of {@code mapPartitions} takes it as it is.
   */
  public static Row toRow(Incident incident) {
    return scalaRow(toIncidentRow(incident).toRow());
  }

  /** The incident as an {@link IncidentRow}; a rejected incident keeps only id, source, status and warning kinds. */
  public static IncidentRow toIncidentRow(Incident incident) {
    List<String> warningKinds = incident.warnings().stream().map(Warning::kind).toList();
    if (incident.postmortem().isEmpty()) {
      return IncidentRow.rejected(incident.id(), incident.source(), warningKinds.toArray(String[]::new));
    }
    Postmortem pm = incident.postmortem().get();
    Enrichment e = incident.enrichment();
    IncidentWindow window = pm.window();
    Instant start = utc(window.start());
    Optional<RootCause> cause = e.rootCause();
    String category = cause.map(RootCause::category).orElse(null);
    String component = cause.map(RootCause::component).orElse(null);
    List<IncidentRow.Misleading> misleading = e.misleadingPaths().stream()
        .map(m -> new IncidentRow.Misleading(m.hypothesis(), boxed(m.minutesLost())))
        .toList();
    List<IncidentRow.Action> actions = new ArrayList<>();
    for (int i = 0; i < pm.actions().size(); i++) {
      // Types are classified one per action; a shorter list leaves the rest untyped, as the JSON record does.
      actions.add(new IncidentRow.Action(pm.actions().get(i),
          i < e.actionTypes().size() ? e.actionTypes().get(i) : null));
    }
    return new IncidentRow(
        incident.id(),
        incident.source(),
        pm.title(),
        incident.status().key(),
        start,
        utc(window.end()),
        hasOffset(window),
        QuarterKey.of(start),
        boxed(window.durationMinutes()),
        boxed(window.timeToDetectMinutes()),
        boxed(minutesToIdentify(window.start(), e.identifiedAt())),
        // Time to resolve is start to restoration, the same figure as the record's timeToResolveMinutes.
        boxed(window.durationMinutes()),
        category,
        component,
        failureClass(category, component),
        e.detection().map(d -> d.method()).orElse(null),
        pm.impact().services(),
        pm.impact().usersAffectedPercent().orElse(null),
        misleading,
        List.copyOf(actions),
        e.quality().map(q -> Math.round(q.score() * 100) / 100.0).orElse(null),
        e.quality().map(Quality::flags).orElse(List.of()),
        warningKinds);
  }

  /**
   * An instant only for a moment with a calendar date and an offset: a clock time without a zone is counted as
   * undated rather than guessed into some zone.
   */
  static Instant utc(Optional<Moment> moment) {
    return moment
        .filter(Moment::dated)
        .flatMap(m -> m.offset().map(offset -> m.local().toInstant(offset)))
        .orElse(null);
  }

  /** Whether the document's start carries a zone; null when there is no start to judge by. */
  private static Boolean hasOffset(IncidentWindow window) {
    return window.start().map(m -> m.offset().isPresent()).orElse(null);
  }

  /** Same rule as the record's timeToIdentifyMinutes: start to identification, never negative. */
  private static OptionalLong minutesToIdentify(Optional<Moment> start, Optional<Moment> identifiedAt) {
    return start.isPresent() && identifiedAt.isPresent()
        ? OptionalLong.of(Math.max(0, start.get().minutesUntil(identifiedAt.get())))
        : OptionalLong.empty();
  }

  /**
   * No class when either half is unknown: grouping every "unknown" cause together would report a recurring
   * failure class that is only a gap in the documents.
   */
  private static String failureClass(String category, String component) {
    if (category == null || component == null
        || IncidentColumns.UNKNOWN.equals(category) || IncidentColumns.UNKNOWN.equals(component)) {
      return null;
    }
    return category + "/" + component;
  }

  // Row encoders accept Scala sequences (not java.util.List) for array columns, also inside structs.
  private static Row scalaRow(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = scalaValue(row.get(i));
    }
    return RowFactory.create(values);
  }

  private static Object scalaValue(Object value) {
    if (value instanceof List<?> list) {
      return CollectionConverters.asScala(list.stream().map(IncidentRowMapper::scalaValue).toList()).toSeq();
    }
    return value instanceof Row nested ? scalaRow(nested) : value;
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }
}
