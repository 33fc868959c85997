package dev.hindsight.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real postmortems written by others ({@code ../shared/corpus/alx-dev}, beside the repository
 * in development and CI only), scored with the ingest thresholds. Skipped when absent.
 */
class SharedCorpusAccuracyTest {

  static final Path ALX = Path.of("..", "..", "shared", "corpus", "alx-dev");

  static Stream<Arguments> labelFiles() {
    return Stream.of(Arguments.of("labels-a.jsonl"), Arguments.of("labels-b.jsonl"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelFiles")
  void meetsIngestThresholdsOnRealPostmortems(String labelsFile) {
    Path labels = ALX.resolve(labelsFile);
    assumeTrue(Files.isRegularFile(labels),
        "skipped: the shared corpus is not beside the repository (" + labels.toAbsolutePath().normalize() + "); it exists only in development and CI");
    FieldScores scores = new WindowScorer().score(labels);
    String table = scores.table();
    System.out.println(labelsFile + "\n" + table);
    assertAll(
        () -> assertTrue(scores.rate(WindowScorer.START) >= 0.90, "incident.start below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.END) >= 0.90, "incident.end below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.DURATION) >= 0.90, "durationMinutes below 0.90\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.TTD) >= 0.85, "timeToDetectMinutes below 0.85\n" + table),
        () -> assertTrue(scores.rate(WindowScorer.USERS) >= 0.95, "usersAffectedPercent below 0.95\n" + table));
  }
}
