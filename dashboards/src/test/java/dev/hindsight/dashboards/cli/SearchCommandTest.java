package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildIndex() {
    index = dir.resolve("index").toString();
    CliRun run = CliRun.of("index", IndexCommandTest.SAMPLES, "--out", index);
    assertEquals(0, run.exit(), run.err());
  }

  private static List<String> ids(JsonNode results) {
    List<String> out = new ArrayList<>();
    results.forEach(r -> out.add(r.get("source").asText().replaceAll(".*/", "")));
    return out;
  }

  @Test
  void jsonListsTheKnownIncidentsInTheKnownOrderWithFacets() throws Exception {
    CliRun run = CliRun.of("search", "category:misconfiguration AND component:load-balancer", "--index", index, "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals(3, root.get("total").asInt());
    assertEquals(List.of("hs-08-healthcheck-nap.markdown", "hs-01-lb-weights.md", "hs-29-lb-idle-timeout.html"),
        ids(root.get("results")));
    JsonNode first = root.get("results").get(1);
    for (String field : List.of("id", "title", "source", "start", "quarter", "duration", "category", "component", "class",
        "score", "snippet")) {
      assertTrue(first.has(field), "result has " + field);
    }
    assertEquals("2024-08-14T10:05Z", first.get("start").asText());
    assertEquals(150, first.get("duration").asInt());
    assertEquals("misconfiguration/load-balancer", first.get("class").asText());
    assertEquals(List.of("category", "component", "quarter", "service", "hypothesis"),
        names(root.get("facets").fieldNames()));
    assertEquals(3, root.at("/facets/component/0/count").asInt());
  }

  @Test
  void textShowsTheCauseWithTheMatchedWordsMarked() {
    CliRun run = CliRun.of("search", "lb", "--index", index, "--limit", "1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("13 incidents match; the best 1 first."), run.out());
    assertTrue(run.out().contains("The new **load balancer** listener"), run.out());
    assertTrue(run.out().contains("Among all matches:\n  category: misconfiguration 6"), run.out());
  }

  @Test
  void malformedQueryPrintsOneSentenceAndExitsTwo() {
    CliRun run = CliRun.of("search", "category:(misconfiguration", "--index", index);
    assertEquals(2, run.exit());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("hindsight: The query stops at column 26 before it is complete"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
  }

  static Stream<String> hostileQueries() {
    return Stream.of("\"connection pool", "duration:[1 TO", "start:[2024-99-99 TO *]", "duration:[abc TO def]",
        "/[unclosed regex/", "*leading", "category:", "((((((((((lb", "\\", "lb ".repeat(3_334),
        "x".repeat(10_000), "\u0000\u202e<script>alert(1)</script>");
  }

  @ParameterizedTest
  @MethodSource("hostileQueries")
  void aHostileQueryIsAnsweredOrRefusedInOneSentenceNeverWithAStackTrace(String query) {
    CliRun run = CliRun.of("search", query, "--index", index);

    assertTrue(run.exit() == 0 || run.exit() == 2, "exit " + run.exit() + ": " + run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    if (run.exit() == 2) {
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("hindsight: "), run.err());
    }
  }

  @Test
  void missingIndexSaysHowToBuildOneAndExitsOne() {
    Path nowhere = dir.resolve("no-index");
    CliRun run = CliRun.of("search", "lb", "--index", nowhere.toString());
    assertEquals(1, run.exit());
    assertEquals("hindsight: there is no incident index in " + nowhere
        + "; build one with: hindsight index data/postmortems --out " + nowhere, run.err().strip());
  }

  @Test
  void limitBelowOneIsAUsageError() {
    assertEquals(2, CliRun.of("search", "lb", "--index", index, "--limit", "0").exit());
  }

  private static <T> List<T> names(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
