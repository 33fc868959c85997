package dev.hindsight.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    String table = scores.table();
    System.out.println(labelsFile + "\n" + table);
    assertAll(
        () -> assertTrue(scores.total(WindowScorer.START) >= 5, "too few labelled starts to measure\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.START) >= 0.90, "incident.start below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.END) >= 0.90, "incident.end below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.DURATION) >= 0.90, "durationMinutes below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.TTD) >= 0.85, "timeToDetectMinutes below 0.85\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.USERS) >= 0.95, "usersAffectedPercent below 0.95\n" + table));
  }
}
