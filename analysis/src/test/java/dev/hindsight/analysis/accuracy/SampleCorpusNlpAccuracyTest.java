package dev.hindsight.analysis.accuracy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project's own labelled samples: the part the cause model trains on, and the held-apart part
 * it never sees, scored separately against the thresholds of the NLP issue.
 */
class SampleCorpusNlpAccuracyTest {

  static final Path SAMPLES = Path.of("..", "data", "postmortems");

  @Test
  void trainingPartMeetsNlpThresholds() {
    CorpusScorer.assertMeetsNlpThresholds(CorpusScorer.score(SAMPLES.resolve("labels-train.jsonl")), "labels-train");
  }

  @Test
  void heldApartPartMeetsNlpThresholds() {
    CorpusScorer.assertMeetsNlpThresholds(CorpusScorer.score(SAMPLES.resolve("labels-heldout.jsonl")), "labels-heldout");
  }
}
