package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void writesTheCorpusAndSaysWhere(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("gen");
    CliRun run = CliRun.of("generate", "--count", "25", "--out", out.toString(), "--seed", "5");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Generated 25 postmortems in 1 folders under " + out), run.out());
    assertEquals(25, Files.readAllLines(out.resolve("labels.jsonl")).size());
    try (var files = Files.list(out.resolve("0000"))) {
      assertEquals(25, files.count());
    }
  }

  @Test
  void theSameSeedGivesTheSameLabelsAndFiles(@TempDir Path dir) throws Exception {
    assertEquals(0, CliRun.of("generate", "--count", "30", "--out", dir.resolve("a").toString(), "--seed", "9").exit());
    assertEquals(0, CliRun.of("generate", "--count", "30", "--out", dir.resolve("b").toString(), "--seed", "9").exit());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a/labels.jsonl")), Files.readAllBytes(dir.resolve("b/labels.jsonl")));
    String first = Files.readAllLines(dir.resolve("a/labels.jsonl")).get(0);
    String file = first.substring(first.indexOf(":\"") + 2, first.indexOf("\","));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)));
  }

  @Test
  void refusesAFolderThatHoldsFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("keep.md"), "mine");
    CliRun run = CliRun.of("generate", "--count", "5", "--out", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("is not an empty folder"), run.err());
    assertEquals("mine", Files.readString(dir.resolve("keep.md")));
  }

  @Test
  void aCountBelowOneIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("generate", "--count", "0", "--out", dir.resolve("x").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--count must be at least 1"), run.err());
  }
}
