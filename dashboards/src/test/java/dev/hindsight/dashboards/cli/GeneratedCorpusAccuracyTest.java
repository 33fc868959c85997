package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.evaluation.RecordScorer;
import dev.hindsight.ingest.synthetic.CorpusGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local pipeline on generated postmortems, scored against their gold labels. Only a loose floor is asserted: the
 * figures printed are the result (text the extractors were not written against), not a target to tune towards.
 */
class GeneratedCorpusAccuracyTest {

  @Test
  void extractsGeneratedPostmortemsAboveALooseFloor(@TempDir Path dir) {
    CorpusGenerator.Summary summary = new CorpusGenerator(2025).generate(300, dir);
    List<GoldLabel> gold = GoldLabel.load(summary.labels());
    PostmortemParser parser = PostmortemParser.standard();
    IncidentEnricher enricher = IncidentEnricher.standard();
    SourceReader reader = new SourceReader();
    Map<String, JsonNode> records = new ConcurrentHashMap<>();
    gold.parallelStream().forEach(g -> {
      if (reader.read(dir.resolve(g.file()), g.file()) instanceof SourceDocument doc) {
        records.put(g.file(), IncidentJson.tree(enricher.enrich(parser.parse(doc))));
      }
    });
    assertEquals(gold.size(), records.size(), "every generated file is read");
    FieldScores scores = RecordScorer.score(gold, records);
    System.out.println("Accuracy on 300 generated postmortems (seed 2025):");
    System.out.print(scores.table(false));
    System.out.printf("score: %.3f%n", scores.mean());
    assertTrue(scores.rate(RecordScorer.START) >= 0.6, "start " + scores.rate(RecordScorer.START));
    assertTrue(scores.rate(RecordScorer.END) >= 0.6, "end " + scores.rate(RecordScorer.END));
    assertTrue(scores.rate(RecordScorer.DURATION) >= 0.5, "duration " + scores.rate(RecordScorer.DURATION));
    assertTrue(scores.total(RecordScorer.PATHS_RECALL) > 50, "the corpus has wrong turns to find");
  }
}
