package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LB_WEIGHTS = Path.of(IndexCommandTest.SAMPLES, "hs-01-lb-weights.md").toString();

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("index").toString();
    CliRun run = CliRun.of("index", IndexCommandTest.SAMPLES, "--out", index);
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void aFileGetsItsClassFirstAndNeverItself() throws Exception {
    CliRun run = CliRun.of("similar", LB_WEIGHTS, "--index", index, "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = JSON.readTree(run.out());
    String self = root.at("/incident/id").asText();
    assertEquals("misconfiguration/load-balancer", root.at("/incident/class").asText());
    JsonNode results = root.get("results");
    assertEquals(3, results.size());
    assertTrue(results.get(0).get("sameClass").asBoolean() && results.get(1).get("sameClass").asBoolean(), results.toString());
    assertEquals("misconfiguration/load-balancer", results.get(0).get("class").asText());
    results.forEach(r -> assertTrue(!r.get("id").asText().equals(self), "not itself"));
    assertTrue(results.get(0).get("reason").asText().startsWith("Same failure class misconfiguration/load-balancer"),
        results.get(0).toString());
  }

  @Test
  void anIndexedIdGivesTheSameListAsItsFile() throws Exception {
    JsonNode byFile = JSON.readTree(CliRun.of("similar", LB_WEIGHTS, "--index", index, "--json").out());
    String id = byFile.at("/incident/id").asText();
    CliRun run = CliRun.of("similar", id, "--index", index, "--json");
    assertEquals(0, run.exit(), run.err());
    assertEquals(byFile.get("results"), JSON.readTree(run.out()).get("results"));
  }

  @Test
  void textGivesTheReasonForEachIncident() {
    CliRun run = CliRun.of("similar", LB_WEIGHTS, "--index", index, "--limit", "1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Past incidents like Postmortem: Login Failures Caused by Uneven Load Balancer Weights "
        + "(misconfiguration/load-balancer):"), run.out());
    assertTrue(run.out().contains("    Same failure class misconfiguration/load-balancer; cause and summary share"), run.out());
  }

  @Test
  void unknownIdIsAUsageError() {
    CliRun run = CliRun.of("similar", "0000000000000000", "--index", index);
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no incident with id 0000000000000000"), run.err());
  }

  @Test
  void unusableFileSaysWhyAndExitsOne(@TempDir Path tmp) throws Exception {
    Path empty = Files.write(tmp.resolve("empty.md"), new byte[0]);
    CliRun run = CliRun.of("similar", empty.toString(), "--index", index);
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("hindsight: " + empty + " cannot be used"), run.err());
  }
}
