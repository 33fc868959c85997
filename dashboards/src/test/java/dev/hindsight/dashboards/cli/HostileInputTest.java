package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} and {@code report} over {@link HostileCorpus}: each run completes, and accounts for every file as
 * ok, partial or rejected, with a reason a person can act on.
 */
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static HostileCorpus corpus;

  @BeforeAll
  static void writeCorpus() throws Exception {
    corpus = HostileCorpus.writeInto(dir);
    corpus.notBuilt().forEach(System.out::println);
  }

  @Test
  void extractCompletesAndGivesEveryHostileFileOneRecordWithTheExpectedStatus() throws Exception {
    Set<String> before = tree(dir);

    CliRun run = CliRun.of("extract", corpus.root().toString(), "--max-file-size", HostileCorpus.MAX_FILE_SIZE_MB);

    assertEquals(before, tree(dir), "extract writes no file");
    assertEquals(0, run.exit(), run.err());
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode record = JSON.readTree(line);
        assertEquals(null, records.put(relative(record.get("source").asText()), record), "one line per file");
      }
    }
    assertEquals(corpus.expected().keySet(), records.keySet());
    for (Map.Entry<String, HostileCorpus.Expected> entry : corpus.expected().entrySet()) {
      JsonNode record = records.get(entry.getKey());
      List<String> warnings = new ArrayList<>();
      record.get("warnings").forEach(w -> warnings.add(w.asText()));
      String reason = warnings.isEmpty() ? null : warnings.get(0).replaceFirst("^rejected: ", "");
      check(entry.getKey(), entry.getValue(), record.get("status").asText(), reason, String.join("; ", warnings));
    }
  }

  @Test
  void reportCompletesAndItsManifestAccountsForEveryHostileFile() throws Exception {
    Path out = dir.resolve("report");
    Set<String> before = tree(dir);
    Set<String> tempBefore = tree(dir.getParent(), 1);

    CliRun run = CliRun.of("report", corpus.root().toString(), "--out", out.toString(), "--master", "local[2]",
        "--max-file-size", HostileCorpus.MAX_FILE_SIZE_MB);

    assertEquals(0, run.exit(), run.err());
    Set<String> after = tree(dir);
    after.removeIf(name -> name.equals("report") || name.startsWith("report/"));
    assertEquals(before, after, "the report writes nothing outside --out, whatever the input file names");
    Set<String> tempAfter = tree(dir.getParent(), 1);
    tempAfter.removeAll(tempBefore);
    assertTrue(tempAfter.stream().noneMatch(name -> HostileCorpus.HOSTILE_NAMES.stream().anyMatch(
        hostile -> name.contains(hostile.replace(".md", "")))), "new in the temp folder: " + tempAfter);
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    manifest.get("entries").forEach(e -> entries.put(relative(e.get("source").asText()), e));
    assertEquals(corpus.expected().size(), manifest.get("entries").size(), "one entry per file");
    assertEquals(corpus.expected().keySet(), entries.keySet());
    assertEquals(corpus.expected().size(), manifest.get("files").asInt());
    for (Map.Entry<String, HostileCorpus.Expected> entry : corpus.expected().entrySet()) {
      JsonNode e = entries.get(entry.getKey());
      String reason = e.get("reason").isNull() ? null : e.get("reason").asText();
      check(entry.getKey(), entry.getValue(), e.get("status").asText(), reason, String.valueOf(reason));
    }
    long readable = corpus.expected().values().stream().filter(x -> !"rejected".equals(x.status())).count();
    assertEquals(readable, Files.readAllLines(out.resolve("incidents.jsonl")).stream()
        .filter(line -> !line.contains("\"status\":\"rejected\"")).count());
  }

  @Test
  void anUnreadableFileIsRejectedForItsPermissions() throws Exception {
    assumeFalse(HostileCorpus.runningAsRoot(),
        "Skipped: running as root, where a chmod 000 file can still be read, so permissions cannot be tested.");
    Path folder = Files.createDirectories(dir.resolve("locked"));
    Path locked = folder.resolve("locked.md");
    Files.writeString(locked, HostileCorpus.SAMPLE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    CliRun run = CliRun.of("extract", folder.toString());

    assertEquals(0, run.exit(), run.err());
    JsonNode record = JSON.readTree(run.out().strip());
    assertEquals("rejected", record.get("status").asText());
    assertTrue(record.get("warnings").get(0).asText().contains("permission denied; check its permissions"),
        record.toString());
  }

  private static void check(String file, HostileCorpus.Expected expected, String status, String reason,
      String warnings) {
    assertTrue(List.of("ok", "partial", "rejected").contains(status), file + " has status " + status);
    if (expected.status() == null) {
      assertTrue(!status.equals("rejected"), file + " should be read, was " + status + ": " + warnings);
    } else {
      assertEquals(expected.status(), status, file + ": " + warnings);
    }
    if (status.equals("ok")) {
      return;
    }
    assertNotNull(reason, file + " is " + status + " without a reason");
    assertFalse(reason.contains("Exception") || reason.contains("\tat "), file + " reason reads like a stack trace: "
        + reason);
    if ("rejected".equals(expected.status())) {
      assertTrue(reason.contains(expected.text()), file + ": " + reason);
    } else if ("partial".equals(expected.status())) {
      assertTrue(warnings.startsWith(expected.text() + ":") || warnings.contains("; " + expected.text() + ":"),
          file + " should warn " + expected.text() + ": " + warnings);
    }
  }

  /** Every path below {@code root}, relative, with '/'; links are listed, not followed. */
  private static Set<String> tree(Path root) throws IOException {
    return tree(root, Integer.MAX_VALUE);
  }

  private static Set<String> tree(Path root, int depth) throws IOException {
    try (Stream<Path> walk = Files.walk(root, depth)) {
      return walk.map(p -> root.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String relative(String source) {
    String prefix = corpus.root() + "/";
    assertTrue(source.startsWith(prefix), source);
    return source.substring(prefix.length());
  }
}
