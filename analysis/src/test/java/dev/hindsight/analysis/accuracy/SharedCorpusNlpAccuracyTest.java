package dev.hindsight.analysis.accuracy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real postmortems by others (shared corpus, development and CI only), scored per label file. */
class SharedCorpusNlpAccuracyTest {

  static final Path ALX = Path.of("..", "..", "shared", "corpus", "alx-dev");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"labels-a.jsonl", "labels-b.jsonl"})
  void meetsNlpThresholdsOnRealPostmortems(String labelsFile) {
    Path labels = ALX.resolve(labelsFile);
    assumeTrue(Files.isRegularFile(labels),
        "skipped: the shared corpus is not beside the repository (" + labels.toAbsolutePath().normalize() + "); it exists only in development and CI");
    CorpusScorer.assertMeetsNlpThresholds(CorpusScorer.score(labels), labelsFile);
  }
}
