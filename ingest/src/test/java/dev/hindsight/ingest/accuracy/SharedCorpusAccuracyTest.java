package dev.hindsight.ingest.accuracy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hindsight.ingest.evaluation.FieldScores;
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
    WindowScorer.assertMeetsIngestThresholds(scores, labelsFile);
  }
}
