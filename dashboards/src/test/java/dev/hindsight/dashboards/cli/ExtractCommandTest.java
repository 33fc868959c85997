package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> records(String out) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }

  @Test
  void printsOneContractRecordPerDocumentSortedBySource(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.md"), "## Summary\nOn 2024-07-22 from 10:00 to 11:00 UTC the API failed for 30% of users.\n");
    Files.writeString(dir.resolve("a.txt"), "The cache fell over at 09:00 UTC on 1 May 2024 and was back at 09:20 UTC.\n");
    CliRun run = CliRun.of("extract", dir.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> records = records(run.out());
    assertEquals(2, records.size());
    assertTrue(records.get(0).get("source").asText().endsWith("a.txt"));
    JsonNode b = records.get(1);
    for (String field : List.of("id", "source", "title", "status", "warnings", "incident", "impact", "detection",
        "rootCause", "misleadingPaths", "timeline", "actions", "quality")) {
      assertTrue(b.has(field), "record has " + field);
    }
    assertEquals("2024-07-22T10:00+00:00", b.at("/incident/start").asText());
    assertEquals(60, b.at("/incident/durationMinutes").asInt());
    assertEquals(30.0, b.at("/impact/usersAffectedPercent").asDouble());
  }

  @Test
  void rejectedFileStillGetsALineWithTheReason(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Files.write(dir.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    CliRun run = CliRun.of("extract", dir.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> records = records(run.out());
    assertEquals(2, records.size());
    for (JsonNode r : records) {
      assertEquals("rejected", r.get("status").asText());
      assertTrue(r.get("warnings").get(0).asText().startsWith("rejected: "), r.toString());
    }
  }

  @Test
  void missingPathIsAUsageErrorWithOneSentence(@TempDir Path dir) {
    CliRun run = CliRun.of("extract", dir.resolve("nope").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("No such file or folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, CliRun.of("extract", "--no-such-option", "x").exit());
  }

  @Test
  void prettyPrintsIndentedJson(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), "## Summary\nAll users lost access at 10:00 UTC on 2024-01-02.\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("extract", "--pretty", dir.resolve("a.md").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\n  \"source\""), run.out());
  }
}
