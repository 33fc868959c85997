package dev.hindsight.ingest.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.evaluation.RecordScorer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assertions;

/** Parses labelled files and scores the ingest fields (times, durations, users affected). */
final class WindowScorer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PostmortemParser parser = PostmortemParser.standard();
  private final SourceReader reader = new SourceReader();

  /** Parses each labelled file beside the labels and scores it. */
  FieldScores score(Path labels) {
    List<GoldLabel> gold = GoldLabel.load(labels);
    Map<String, JsonNode> records = new HashMap<>();
    for (GoldLabel g : gold) {
      ReadOutcome outcome = reader.read(labels.getParent().resolve(g.file()), g.file());
      if (outcome instanceof SourceDocument doc) {
        records.put(g.file(), ingestFields(parser.parse(doc)));
      }
    }
    return RecordScorer.score(gold, records);
  }

  /** The ingest part of the record contract, enough for scoring. */
  private static JsonNode ingestFields(Postmortem pm) {
    ObjectNode record = JSON.createObjectNode();
    ObjectNode incident = record.putObject("incident");
    incident.put("start", pm.window().start().flatMap(Moment::iso).orElse(null));
    incident.put("end", pm.window().end().flatMap(Moment::iso).orElse(null));
    minutes(incident, "durationMinutes", pm.window().durationMinutes());
    minutes(incident, "timeToDetectMinutes", pm.window().timeToDetectMinutes());
    ObjectNode impact = record.putObject("impact");
    pm.impact().usersAffectedPercent().ifPresentOrElse(p -> impact.put("usersAffectedPercent", p), () -> impact.putNull("usersAffectedPercent"));
    return record;
  }

  private static void minutes(ObjectNode node, String field, OptionalLong value) {
    if (value.isPresent()) {
      node.put(field, value.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  /** Asserts the thresholds of the ingest issue, field by field, showing the table on failure. */
  static void assertMeetsIngestThresholds(FieldScores scores, String what) {
    String table = scores.table();
    System.out.println(what + "\n" + table);
    Assertions.assertAll(
        () -> check(scores, RecordScorer.START, 0.90, table),
        () -> check(scores, RecordScorer.END, 0.90, table),
        () -> check(scores, RecordScorer.DURATION, 0.90, table),
        () -> check(scores, RecordScorer.TTD, 0.85, table),
        () -> check(scores, RecordScorer.USERS, 0.95, table));
  }

  private static void check(FieldScores scores, String field, double threshold, String table) {
    Assertions.assertTrue(scores.rate(field) >= threshold, field + " below " + threshold + "\n" + table);
  }
}
