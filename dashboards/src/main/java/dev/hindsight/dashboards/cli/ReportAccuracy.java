package dev.hindsight.dashboards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.spark.ReportJob;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.evaluation.RecordScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accuracy of a finished report against the gold labels of the corpus it read: the records of the first N
 * labelled files are taken from {@code incidents.jsonl} as streamed, so the check never holds the whole corpus.
 */
final class ReportAccuracy {

  private ReportAccuracy() {}

  /** Scores the report's records of the first {@code sample} labels in {@code labels} (files relative to it). */
  static FieldScores of(Path report, Path labels, String corpusAsGiven, int sample) throws IOException {
    List<GoldLabel> chosen = GoldLabel.first(labels, sample);
    Set<String> wanted = new HashSet<>();
    chosen.forEach(label -> wanted.add(label.file()));
    String prefix = corpusAsGiven.endsWith("/") ? corpusAsGiven : corpusAsGiven + "/";
    Map<String, JsonNode> records = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader lines = Files.newBufferedReader(report.resolve(ReportJob.INCIDENTS_JSONL),
        StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode record = json.readTree(line);
        String source = record.path("source").asText("");
        String file = source.startsWith(prefix) ? source.substring(prefix.length()) : source;
        if (wanted.contains(file)) {
          records.put(file, record);
        }
      }
    }
    return RecordScorer.score(chosen, records);
  }
}
