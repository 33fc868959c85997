package dev.hindsight.ingest.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Scores the ingest fields of parsed postmortems against gold labels, with the rules of
 * {@code shared/tools/score.py}: times compared locally to the minute, durations within one
 * minute, the users-affected share within 0.01; a null gold value is not scored.
 */
final class WindowScorer {

  static final String START = "incident.start";
  static final String END = "incident.end";
  static final String DURATION = "incident.durationMinutes";
  static final String TTD = "incident.timeToDetectMinutes";
  static final String USERS = "impact.usersAffectedPercent";

  private final PostmortemParser parser = PostmortemParser.standard();
  private final SourceReader reader = new SourceReader();

  /** Parses each labelled file beside the labels and scores it. */
  FieldScores score(Path labels) {
    FieldScores scores = new FieldScores();
    Path folder = labels.getParent();
    for (GoldLabel gold : GoldLabel.load(labels)) {
      ReadOutcome outcome = reader.read(folder.resolve(gold.file()), gold.file());
      Optional<Postmortem> pm = outcome instanceof SourceDocument doc ? Optional.of(parser.parse(doc)) : Optional.empty();
      compareText(scores, START, gold, "incident.startLocal", pm.flatMap(p -> p.window().start()).flatMap(WindowScorer::local));
      compareText(scores, END, gold, "incident.endLocal", pm.flatMap(p -> p.window().end()).flatMap(WindowScorer::local));
      compareNumber(scores, DURATION, gold, "incident.durationMinutes", minutes(pm.map(p -> p.window().durationMinutes())), 1);
      compareNumber(scores, TTD, gold, "incident.timeToDetectMinutes", minutes(pm.map(p -> p.window().timeToDetectMinutes())), 1);
      compareNumber(scores, USERS, gold, "impact.usersAffectedPercent", pm.flatMap(p -> p.impact().usersAffectedPercent()), 0.01);
    }
    return scores;
  }

  /** Asserts the thresholds of the ingest issue, field by field, showing the table on failure. */
  static void assertMeetsIngestThresholds(FieldScores scores, String what) {
    String table = scores.table();
    System.out.println(what + "\n" + table);
    org.junit.jupiter.api.Assertions.assertAll(
        () -> check(scores, START, 0.90, table),
        () -> check(scores, END, 0.90, table),
        () -> check(scores, DURATION, 0.90, table),
        () -> check(scores, TTD, 0.85, table),
        () -> check(scores, USERS, 0.95, table));
  }

  private static void check(FieldScores scores, String field, double threshold, String table) {
    org.junit.jupiter.api.Assertions.assertTrue(
        scores.rate(field) >= threshold, field + " below " + threshold + "\n" + table);
  }

  /** The files a labels file names, for tests that need them all. */
  static List<String> files(Path labels) {
    return GoldLabel.load(labels).stream().map(GoldLabel::file).toList();
  }

  private static Optional<String> local(Moment m) {
    return m.iso().map(s -> s.substring(0, 16));
  }

  private static Optional<Double> minutes(Optional<OptionalLong> value) {
    return value.filter(OptionalLong::isPresent).map(v -> (double) v.getAsLong());
  }

  private static void compareText(FieldScores s, String field, GoldLabel gold, String goldField, Optional<String> got) {
    Optional<JsonNode> want = gold.field(goldField);
    if (want.isPresent()) {
      boolean hit = got.isPresent() && got.get().equals(want.get().asText());
      s.record(field, hit, gold.file() + ": gold=" + want.get().asText() + " got=" + got.orElse(null));
    }
  }

  private static void compareNumber(FieldScores s, String field, GoldLabel gold, String goldField, Optional<Double> got, double tolerance) {
    Optional<JsonNode> want = gold.field(goldField);
    if (want.isPresent()) {
      boolean hit = got.isPresent() && Math.abs(got.get() - want.get().asDouble()) <= tolerance;
      s.record(field, hit, gold.file() + ": gold=" + want.get().asText() + " got=" + got.orElse(null));
    }
  }
}
