package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchHit;
import dev.hindsight.analysis.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report run in child JVMs: two JVMs write the same bytes, and a JVM killed at any stage leaves the previous report
 * as it was. Slow (each run starts Spark), so it keeps to a few small runs.
 */
class ReportAcrossJvmsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path corpus;
  private static Path first;

  @BeforeAll
  static void runOnce() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    try (Stream<Path> samples = Files.list(Path.of(IndexCommandTest.SAMPLES))) {
      for (Path sample : samples.filter(p -> p.getFileName().toString().startsWith("hs-0")).sorted().toList()) {
        Files.copy(sample, corpus.resolve(sample.getFileName()));
      }
    }
    first = dir.resolve("first");
    assertEquals(0, ChildJvmReport.run(corpus, first, dir.resolve("first.log")), log("first.log"));
  }

  @Test
  void twoJvmsWriteTheSameBytesApartFromRunInfoAndTheSameIndexContent() throws Exception {
    Path second = dir.resolve("second");

    assertEquals(0, ChildJvmReport.run(corpus, second, dir.resolve("second.log")), log("second.log"));

    Map<String, String> firstFiles = reproducibleFiles(first);
    assertTrue(firstFiles.containsKey("manifest.json") && firstFiles.containsKey("incidents.jsonl"), firstFiles.keySet()
        .toString());
    assertEquals(firstFiles, reproducibleFiles(second));
    assertTrue(firstFiles.keySet().stream().anyMatch(name -> name.endsWith(".parquet")), "Parquet rows compared too");
    // Lucene writes random segment ids and timestamps, so the index is compared by what it holds.
    assertEquals(indexContent(first), indexContent(second));
  }

  @Test
  void aRunKilledAtAnyStageLeavesThePreviousReportIntactAndTheNextRunSucceeds() throws Exception {
    Path parent = Files.createDirectories(dir.resolve("killed"));
    Path report = parent.resolve("report");
    copyTree(first, report);
    Map<String, String> before = allFiles(report);
    byte[] manifest = Files.readAllBytes(report.resolve("manifest.json"));

    for (long millis : new long[] {1_000, 3_000, 6_000}) {
      Process run = ChildJvmReport.start(corpus, report, parent.resolve("killed-" + millis + ".log"));
      Thread.sleep(millis);
      run.destroyForcibly().waitFor();
      assertEquals(before, allFiles(report), "after a kill at " + millis + " ms");
    }
    // The last moment before publishing: the staging folder holds run-info.json, written just before the renames.
    Process publishing = ChildJvmReport.start(corpus, report, parent.resolve("killed-publishing.log"));
    boolean caught = killWhenStaged(publishing, parent, "run-info.json");
    assertEquals(before, allFiles(report), "after a kill while publishing (caught in time: " + caught + ")");
    assertTrue(caught || publishing.exitValue() == 0, "the run neither finished nor was caught while publishing");

    assertEquals(0, ChildJvmReport.run(corpus, report, parent.resolve("next.log")), "the run after the kills");
    assertEquals(new String(manifest, java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(report.resolve("manifest.json")));
    JSON.readTree(report.resolve("manifest.json").toFile());
  }

  /** Polls the staging folders beside the report for {@code file}, and kills the run the moment one holds it. */
  private static boolean killWhenStaged(Process run, Path parent, String file) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (run.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> siblings = Files.list(parent)) {
        if (siblings.anyMatch(s -> s.getFileName().toString().startsWith("report.tmp-")
            && Files.exists(s.resolve(file)))) {
          run.destroyForcibly().waitFor();
          return true;
        }
      }
      Thread.sleep(5);
    }
    run.destroyForcibly().waitFor();
    return false;
  }

  /**
   * Every file but run-info.json and the index, by path (Spark's random part-file ids masked), to the SHA-256 of its
   * bytes; a Parquet file to the SHA-256 of its rows, because two JVMs once wrote the same rows in different bytes.
   */
  private static Map<String, String> reproducibleFiles(Path report) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, String> file : allFiles(report).entrySet()) {
      String name = file.getKey();
      if (name.contains("run-info.json") || name.startsWith("index/") || name.endsWith(".parquet.crc")) {
        continue;
      }
      String masked = name.replaceAll("part-(\\d+)-[0-9a-f-]{36}", "part-$1");
      files.put(masked, name.endsWith(".parquet") ? parquetRows(report.resolve(name)) : file.getValue());
    }
    return files;
  }

  /** The SHA-256 of a Parquet file's rows, one per line, in file order. */
  private static String parquetRows(Path file) throws IOException {
    StringBuilder rows = new StringBuilder();
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
        new org.apache.hadoop.fs.Path(file.toUri())).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        rows.append(row).append('\n');
      }
    }
    return sha256(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Map<String, String> allFiles(Path report) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(report)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(report.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  /** The ids, sources and causes of every incident in the report's index, in the index's ranking of all of them. */
  private static List<String> indexContent(Path report) throws IOException {
    try (IncidentSearcher searcher = IncidentSearcher.open(report.resolve("index"))) {
      SearchResults all = (SearchResults) searcher.search("*:*", Math.max(1, searcher.size()));
      assertEquals(searcher.size(), all.hits().size());
      return all.hits().stream().map(SearchHit::toString).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String log(String name) {
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
