package dev.hindsight.analysis.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.RootCause;
import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One-paragraph incident summaries written by others (the danluu/post-mortems list), each under
 * the list's own section: the category agrees with the section for at least 75% of the entries in
 * sections that map to the taxonomy. Skipped when the shared corpus is absent.
 */
class DanluuAgreementTest {

  static final Path ENTRIES = Path.of("..", "..", "shared", "corpus", "danluu", "entries.jsonl");

  /** Section -> the categories that agree with it ("component:x" for a component). */
  private static final Map<String, Set<String>> MAPPED = Map.of(
      "Config Errors", Set.of("misconfiguration", "bad-change"),
      "Hardware/Power Failures", Set.of("hardware-failure"),
      "Time", Set.of("expiry-or-time"),
      "Conflicts", Set.of("software-bug"),
      "Database", Set.of("component:database"));

  @Test
  void categoryAgreesWithTheListsOwnSectionForThreeQuarters() throws Exception {
    assumeTrue(Files.isRegularFile(ENTRIES),
        "skipped: the shared corpus is not beside the repository; it exists only in development and CI");
    PostmortemParser parser = PostmortemParser.standard();
    IncidentEnricher enricher = IncidentEnricher.standard();
    ObjectMapper json = new ObjectMapper();
    int agree = 0;
    int total = 0;
    Map<String, int[]> bySection = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(ENTRIES)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode entry = json.readTree(line);
      Set<String> accepted = MAPPED.get(entry.get("section").asText());
      if (accepted == null) {
        continue;
      }
      Incident incident = enricher.enrich(parser.parse(
          SourceDocument.ofText(entry.get("id").asText() + ".txt", DocumentFormat.TEXT, entry.get("text").asText())));
      RootCause rc = incident.enrichment().rootCause().orElse(RootCause.UNKNOWN);
      boolean ok = accepted.contains(rc.category()) || accepted.contains("component:" + rc.component());
      total++;
      agree += ok ? 1 : 0;
      int[] c = bySection.computeIfAbsent(entry.get("section").asText(), k -> new int[2]);
      c[0] += ok ? 1 : 0;
      c[1]++;
      if (!ok) {
        misses.add(entry.get("id").asText() + " [" + entry.get("section").asText() + "] got " + rc.failureClass());
      }
    }
    StringBuilder table = new StringBuilder();
    bySection.forEach((k, c) -> table.append(String.format("%-25s %3d/%-3d%n", k, c[0], c[1])));
    table.append(String.format("%-25s %3d/%-3d %.3f%n", "all mapped", agree, total, agree / (double) total));
    System.out.println(table);
    assertTrue(total > 0, "no entries in mapped sections");
    assertTrue(agree >= 0.75 * total, "agreement below 75%\n" + table + String.join("\n", misses));
  }
}
