package dev.hindsight.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.RecordScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sample corpus ({@code data/postmortems}), written for this project, parsed and
 * scored against its gold labels with the thresholds of the ingest issue, field by field.
 */
class SampleCorpusAccuracyTest {

  static final Path SAMPLES = Path.of("..", "data", "postmortems");

  static Stream<Arguments> labelFiles() {
    return Stream.of(Arguments.of("labels-train.jsonl"), Arguments.of("labels-heldout.jsonl"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelFiles")
  void meetsIngestThresholdsFieldByField(String labelsFile) {
    Path labels = SAMPLES.resolve(labelsFile);
    assertTrue(Files.isRegularFile(labels), "the sample corpus labels are missing: " + labels.toAbsolutePath());
    FieldScores scores = new WindowScorer().score(labels);
    assertTrue(scores.total(RecordScorer.START) >= 5, "too few labelled starts to measure");
    WindowScorer.assertMeetsIngestThresholds(scores, labelsFile);
  }
}
