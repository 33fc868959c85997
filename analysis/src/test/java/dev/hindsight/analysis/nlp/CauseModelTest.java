package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The maximum-entropy part: the shipped model, training, and the modes that use it. */
class CauseModelTest {

  private static final List<CauseModelTrainer.Sample> SAMPLES = List.of(
      new CauseModelTrainer.Sample("a", new String[] {"w=misconfigur", "w=balanc"}, "misconfiguration", "load-balancer"),
      new CauseModelTrainer.Sample("b", new String[] {"w=misconfigur", "w=firewal"}, "misconfiguration", "network"),
      new CauseModelTrainer.Sample("c", new String[] {"w=expir", "w=certif"}, "expiry-or-time", "certificate"),
      new CauseModelTrainer.Sample("d", new String[] {"w=leak", "w=deploy"}, "bad-change", "application"));

  private static Incident split(String markdown) {
    Incident parsed = Incident.of(PostmortemParser.standard().parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    return new SentenceSplitter(NlpModels.get()).apply(parsed);
  }

  @Test
  void shippedModelGivesADistributionOverCategories() {
    CauseModel model = CauseModel.get().orElseThrow();
    Map<String, Double> p = model.categories(new String[] {"w=misconfigur", "w=load", "w=balanc"});
    assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
    assertTrue(p.containsKey("misconfiguration"));
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    CauseModelTrainer.train(SAMPLES).write(first);
    CauseModelTrainer.train(SAMPLES).write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
  }

  @Test
  void writtenModelReadsBackTheSame() throws Exception {
    CauseModel trained = CauseModelTrainer.train(SAMPLES);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.write(bytes);
    CauseModel read = CauseModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    String[] features = {"w=expir", "w=certif"};
    assertEquals(trained.categories(features), read.categories(features));
    assertEquals(trained.components(features), read.components(features));
  }

  @Test
  void trainerRefusesHeldOutLabels() {
    assertThrows(IllegalArgumentException.class, () -> CauseModelTrainer.samples(Path.of("data/postmortems/labels-heldout.jsonl")));
  }

  @Test
  void modelModeAnswersFromTheModel() {
    Incident incident = split("# Outage\n\n## Root cause\n\nThe load balancer was misconfigured.\n");
    RootCause rc = new CauseClassifier(CauseClassifier.Mode.MODEL).apply(incident).enrichment().rootCause().orElseThrow();
    assertTrue(rc.evidence().matches("model: category \\S+ p=[01]\\.\\d\\d, component \\S+ p=[01]\\.\\d\\d, from \\d+ words"),
        rc.evidence());
  }

  @Test
  void hybridModeShowsBothKindsOfEvidence() {
    Incident incident = split("# Outage\n\n## Root cause\n\nThe load balancer was misconfigured.\n");
    RootCause rc = new CauseClassifier(CauseClassifier.Mode.HYBRID).apply(incident).enrichment().rootCause().orElseThrow();
    assertTrue(rc.evidence().matches("lexicon: .+; model: p\\(\\S+\\)=[01]\\.\\d\\d, p\\(\\S+\\)=[01]\\.\\d\\d"), rc.evidence());
  }
}
