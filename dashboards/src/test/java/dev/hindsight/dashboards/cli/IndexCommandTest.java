package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.analysis.search.IncidentSearcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  static final String SAMPLES = Path.of("..", "data", "postmortems").toString();

  @Test
  void indexesEverySampleAndSaysHowMany(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index");
    CliRun run = CliRun.of("index", SAMPLES, "--out", index.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("Indexed 66 incidents into " + index + ".", run.out().strip());
    try (IncidentSearcher searcher = IncidentSearcher.open(index)) {
      assertEquals(66, searcher.size());
    }
    try (var siblings = Files.list(dir)) {
      assertEquals(1, siblings.count(), "no staging folder is left behind");
    }
  }

  @Test
  void rejectedFilesAreCountedAndLeftOut(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.md"), "## Summary\nThe load balancer dropped every request from 10:00 to 11:00 UTC on 2024-07-22.\n");
    Files.write(docs.resolve("empty.md"), new byte[0]);
    CliRun run = CliRun.of("index", docs.toString(), "--out", dir.resolve("index").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Indexed 1 incident into ") && run.out().contains("1 file could not be used"), run.out());
  }

  @Test
  void refusesToReplaceAFolderThatHoldsNoIndex(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    CliRun run = CliRun.of("index", SAMPLES, "--out", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("is a folder with other files in it"), run.err());
    assertTrue(Files.exists(dir.resolve("notes.txt")));
  }

  @Test
  void missingPathIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("index", dir.resolve("nope").toString(), "--out", dir.resolve("index").toString());
    assertEquals(2, run.exit());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
