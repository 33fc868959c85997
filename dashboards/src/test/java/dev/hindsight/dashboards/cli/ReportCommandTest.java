package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @Test
  void writesTheReportAndSummarisesItInOneParagraph(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.md"),
        "## Summary\nOn 2024-07-22 from 10:00 to 11:00 UTC the API failed for 30% of users.\n");
    Files.write(corpus.resolve("empty.md"), new byte[0]);
    Path out = dir.resolve("report");

    CliRun run = CliRun.of("report", corpus.toString(), "--out", out.toString(), "--master", "local[2]");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Read 2 files from " + corpus + " (covering all time): 1 ok, 0 partial, 1 rejected"), run.out());
    assertEquals(1, run.out().strip().lines().count(), run.out());
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(2, manifest.get("files").asInt());
    assertTrue(Files.isRegularFile(out.resolve("tables").resolve("status_counts.csv")));
  }

  @Test
  void missingPathIsAUsageErrorBeforeSparkStarts(@TempDir Path dir) {
    CliRun run = CliRun.of("report", dir.resolve("nope").toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("No such file or folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void nonPositiveSizeLimitIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("report", dir.toString(), "--max-file-size", "0");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--max-file-size must be"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, CliRun.of("report", "--quartre", "2024Q3").exit());
  }

  @Test
  void aMalformedQuarterIsAUsageErrorThatShowsTheForm(@TempDir Path dir) {
    CliRun run = CliRun.of("report", dir.toString(), "--quarter", "Q3 2024");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("a quarter is written like 2024Q3, got 'Q3 2024'"), run.err());
  }

  @Test
  void aQuarterAndADateRangeTogetherAreAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("report", dir.toString(), "--quarter", "2024Q3", "--from", "2024-01-01");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Give either --quarter or --from/--to, not both."), run.err());
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("report", dir.toString(), "--from", "2024-05-01", "--to", "2024-04-01");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("the period ends (2024-04-01) before it starts (2024-05-01)"), run.err());
  }
}
