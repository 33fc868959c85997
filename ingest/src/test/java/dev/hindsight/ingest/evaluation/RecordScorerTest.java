package dev.hindsight.ingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<GoldLabel> gold(Path dir, String... lines) throws Exception {
    Path labels = dir.resolve("labels.jsonl");
    Files.write(labels, List.of(lines));
    return GoldLabel.load(labels);
  }

  @Test
  void acceptsAlsoAcceptAnswersAndScoresFailureClassOnBothAxes(@TempDir Path dir) throws Exception {
    List<GoldLabel> g = gold(dir, "{\"file\":\"a.md\",\"rootCause\":{\"category\":\"misconfiguration\",\"component\":\"database\","
        + "\"alsoAccept\":{\"category\":[\"bad-change\"],\"component\":[]}}}");
    JsonNode record = JSON.readTree("{\"source\":\"x/a.md\",\"rootCause\":{\"category\":\"bad-change\",\"component\":\"cache\"}}");
    FieldScores s = RecordScorer.score(g, Map.of(RecordScorer.fileOf(record), record));
    assertEquals(1.0, s.rate(RecordScorer.CATEGORY));
    assertEquals(0.0, s.rate(RecordScorer.COMPONENT));
    assertEquals(0.0, s.rate(RecordScorer.FAILURE_CLASS));
  }

  @Test
  void misleadingPathsScoredAsMicroPrecisionAndRecall(@TempDir Path dir) throws Exception {
    List<GoldLabel> g = gold(dir, "{\"file\":\"a.md\",\"misleadingPaths\":[\"database\",\"attack\"]}");
    JsonNode record = JSON.readTree("{\"source\":\"a.md\",\"misleadingPaths\":[{\"hypothesis\":\"database\"},{\"hypothesis\":\"network\"},{\"hypothesis\":\"cdn\"}]}");
    FieldScores s = RecordScorer.score(g, Map.of("a.md", record));
    assertEquals(1.0 / 3, s.rate(RecordScorer.PATHS_PRECISION), 1e-9);
    assertEquals(0.5, s.rate(RecordScorer.PATHS_RECALL), 1e-9);
  }

  @Test
  void nullGoldIsNotScoredAndMissingRecordIsAMiss(@TempDir Path dir) throws Exception {
    List<GoldLabel> g = gold(dir,
        "{\"file\":\"a.md\",\"incident\":{\"startLocal\":null,\"durationMinutes\":90}}",
        "{\"file\":\"b.md\",\"incident\":{\"startLocal\":\"2024-01-02T10:00\",\"durationMinutes\":30}}");
    JsonNode a = JSON.readTree("{\"source\":\"a.md\",\"incident\":{\"start\":null,\"durationMinutes\":91}}");
    FieldScores s = RecordScorer.score(g, Map.of("a.md", a));
    assertEquals(1, s.total(RecordScorer.START));
    assertEquals(0.0, s.rate(RecordScorer.START));
    assertEquals(0.5, s.rate(RecordScorer.DURATION));
  }
}
