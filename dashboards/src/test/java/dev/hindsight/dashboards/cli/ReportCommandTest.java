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
    assertTrue(run.out().startsWith("Read 2 files from " + corpus + ": 1 ok, 0 partial, 1 rejected"), run.out());
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
    assertEquals(2, CliRun.of("report", "--quarter", "2024Q3").exit());
  }
}
