package dev.hindsight.analysis.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.evaluation.RecordScorer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/** Extracts and enriches the files a labels file names and scores the whole record contract. */
final class CorpusScorer {

  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final IncidentEnricher ENRICHER = IncidentEnricher.standard();

  private CorpusScorer() {}

  static FieldScores score(Path labels) {
    List<GoldLabel> gold = GoldLabel.load(labels);
    Map<String, JsonNode> records = new HashMap<>();
    SourceReader reader = new SourceReader();
    for (GoldLabel g : gold) {
      if (reader.read(labels.getParent().resolve(g.file()), g.file()) instanceof SourceDocument doc) {
        records.put(g.file(), IncidentJson.tree(ENRICHER.enrich(PARSER.parse(doc))));
      }
    }
    return RecordScorer.score(gold, records);
  }

  /** The thresholds of the NLP issue, field by field, with the table on failure. */
  static void assertMeetsNlpThresholds(FieldScores s, String what) {
    String table = s.table();
    System.out.println(what + "\n" + table);
    Assertions.assertAll(
        () -> check(s, RecordScorer.CATEGORY, 0.90, table),
        () -> check(s, RecordScorer.COMPONENT, 0.90, table),
        () -> check(s, RecordScorer.FAILURE_CLASS, 0.85, table),
        () -> check(s, RecordScorer.PATHS_PRECISION, 0.85, table),
        () -> check(s, RecordScorer.PATHS_RECALL, 0.80, table),
        () -> check(s, RecordScorer.DETECTION, 0.90, table));
  }

  private static void check(FieldScores s, String field, double threshold, String table) {
    Assertions.assertTrue(s.rate(field) >= threshold, field + " below " + threshold + "\n" + table);
  }
}
