package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJobTest extends LocalSparkTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 2_000;

  /** Four readable postmortems, one in a subfolder, plus an empty, a binary, an oversized and a non-input file. */
  private static void corpus(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("team one"));
    Files.writeString(dir.resolve("a-checkout.md"), IncidentRowMapperTest.CHECKOUT);
    Files.writeString(dir.resolve("b-search.md"), "On 2024-03-31 from 23:30 to 23:50 UTC-5 the search API was down.\n");
    Files.writeString(dir.resolve("c-login.txt"), "On 2024-07-22 from 10:00 to 11:00 the login page failed.\n");
    Files.writeString(dir.resolve("team one").resolve("d-cache.html"), "<html><body><h1>Cache outage</h1>"
        + "<p>The cache fell over at 09:00 UTC on 1 May 2024 and was back at 09:20 UTC.</p></body></html>\n");
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Files.write(dir.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Files.writeString(dir.resolve("huge.txt"), "x".repeat((int) LIMIT + 1));
    Files.writeString(dir.resolve("notes.csv"), "not,an,input\n");
  }

  private static ReportJob.Summary run(Path input, Path out) {
    return new ReportJob(spark()).run(new ReportJob.Parameters(List.of(input.toString()), out.toString(), LIMIT));
  }

  @Test
  void accountsForEveryFileAndRepublishesTheSameBytes(@TempDir Path root) throws IOException {
    Path input = root.resolve("corpus");
    corpus(input);
    Path out = root.resolve("report");

    ReportJob.Summary summary = run(input, out);
    assertEquals(7, summary.files());
    assertEquals(3, summary.ok());
    assertEquals(1, summary.partial());
    assertEquals(3, summary.rejected());

    JsonNode manifest = JSON.readTree(out.resolve(ReportJob.MANIFEST).toFile());
    assertEquals(7, manifest.get("files").asInt());
    assertEquals(3, manifest.get("ok").asInt());
    assertEquals(3, manifest.get("rejected").asInt());
    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (JsonNode entry : manifest.get("entries")) {
      String name = entry.get("source").asText().replaceAll(".*/", "");
      statuses.put(name, entry.get("status").asText());
      reasons.put(name, entry.get("reason").isNull() ? null : entry.get("reason").asText());
    }
    // Sorted by source; the subfolder sorts after the files beside it.
    assertEquals(List.of("a-checkout.md", "b-search.md", "c-login.txt", "empty.md", "huge.txt", "picture.md",
        "d-cache.html"), List.copyOf(statuses.keySet()));
    assertEquals("ok", statuses.get("a-checkout.md"));
    // A space in a folder name survives listing, sorting and reading.
    assertEquals("ok", statuses.get("d-cache.html"));
    assertEquals(null, reasons.get("a-checkout.md"));
    assertEquals("partial", statuses.get("c-login.txt"));
    assertTrue(reasons.get("c-login.txt").startsWith("no-time-zone: "), reasons.get("c-login.txt"));
    assertEquals("rejected", statuses.get("empty.md"));
    assertEquals("the file is empty", reasons.get("empty.md"));
    assertEquals("the file is 2,001 bytes, over the 2,000-byte limit; raise it with --max-file-size or split the file",
        reasons.get("huge.txt"));
    assertTrue(reasons.get("picture.md").startsWith("the file is a PNG image"), reasons.get("picture.md"));

    List<String> lines = Files.readAllLines(out.resolve(ReportJob.INCIDENTS_JSONL));
    assertEquals(7, lines.size());
    List<String> sources = new ArrayList<>();
    for (String line : lines) {
      sources.add(JSON.readTree(line).get("source").asText());
    }
    assertEquals(sources.stream().sorted().toList(), sources);
    assertEquals("rejected", JSON.readTree(lines.get(3)).get("status").asText());

    for (String name : ReportTables.NAMES) {
      assertTrue(Files.isRegularFile(out.resolve("tables").resolve(name + ".csv")), name);
    }
    assertEquals("""
        status,incidents
        ok,3
        partial,1
        rejected,3
        """, Files.readString(out.resolve("tables").resolve(StatusCounts.NAME + ".csv")));
    assertEquals(7L, spark().read().parquet(out.resolve(ReportJob.INCIDENTS).toString()).count());
    assertTrue(Files.isRegularFile(out.resolve(ReportJob.RUN_INFO)));

    Map<String, byte[]> first = reproducible(out);
    run(input, out);
    Map<String, byte[]> second = reproducible(out);
    assertEquals(first.keySet(), second.keySet());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), second.get(name), name);
    }
    assertEquals(List.of("corpus", "report"), entries(root), "no staging or old report left beside the output");
  }

  @Test
  void aRunOverAnotherCorpusReplacesTheWholeReport(@TempDir Path root) throws IOException {
    Path out = root.resolve("report");
    Path before = root.resolve("before");
    corpus(before);
    run(before, out);
    Files.writeString(out.resolve("stale.txt"), "left by hand");

    Path after = root.resolve("after");
    Files.createDirectories(after);
    Files.writeString(after.resolve("only.md"), IncidentRowMapperTest.CHECKOUT);
    ReportJob.Summary summary = run(after, out);

    assertEquals(1, summary.files());
    assertEquals(1, Files.readAllLines(out.resolve(ReportJob.INCIDENTS_JSONL)).size());
    assertEquals(1, JSON.readTree(out.resolve(ReportJob.MANIFEST).toFile()).get("files").asInt());
    assertFalse(Files.exists(out.resolve("stale.txt")));
    assertEquals(List.of("after", "before", "report"), entries(root));
  }

  @Test
  void aFailedRunLeavesThePreviousReportAsItWas(@TempDir Path root) throws IOException {
    Path input = root.resolve("corpus");
    Files.createDirectories(input);
    Files.writeString(input.resolve("only.md"), IncidentRowMapperTest.CHECKOUT);
    Path out = root.resolve("report");
    run(input, out);
    byte[] manifest = Files.readAllBytes(out.resolve(ReportJob.MANIFEST));

    // A size limit the extractor refuses: the job fails after its staging folder exists.
    assertThrows(Exception.class, () -> new ReportJob(spark()).run(
        new ReportJob.Parameters(List.of(input.toString()), out.toString(), 0)));

    assertArrayEquals(manifest, Files.readAllBytes(out.resolve(ReportJob.MANIFEST)));
    assertEquals(List.of("corpus", "report"), entries(root));
  }

  @Test
  void namesFilesAsTheUserGaveThemReadsExtensionsInAnyCaseAndReadsAFileReachedTwiceOnce(@TempDir Path root)
      throws IOException {
    Path input = root.resolve("corpus");
    Files.createDirectories(input.resolve("sub"));
    Files.writeString(input.resolve("sub").resolve("LOUD.MD"), IncidentRowMapperTest.CHECKOUT);
    Files.writeString(input.resolve("quiet.Txt"), "On 2024-07-22 from 10:00 to 11:00 UTC the login page failed.\n");
    Files.writeString(input.resolve(".draft.md"), "hidden editor file");
    Path out = root.resolve("report");

    // The folder and a file inside it: the file is read once, under the name the folder gives it.
    String folder = input.toString();
    String file = input.resolve("sub").resolve("LOUD.MD").toString();
    ReportJob.Summary summary = new ReportJob(spark()).run(
        new ReportJob.Parameters(List.of(folder, file), out.toString(), LIMIT));

    assertEquals(2, summary.files());
    List<String> sources = new ArrayList<>();
    for (JsonNode entry : JSON.readTree(out.resolve(ReportJob.MANIFEST).toFile()).get("entries")) {
      sources.add(entry.get("source").asText());
    }
    assertEquals(List.of(folder + "/quiet.Txt", folder + "/sub/LOUD.MD"), sources);
  }

  @Test
  void anInputThatDoesNotExistIsRejectedInTheManifestNotLost(@TempDir Path root) throws IOException {
    Path input = root.resolve("corpus");
    Files.createDirectories(input);
    Files.writeString(input.resolve("only.md"), IncidentRowMapperTest.CHECKOUT);
    Path out = root.resolve("report");
    String gone = root.resolve("gone").toString();

    ReportJob.Summary summary = new ReportJob(spark()).run(
        new ReportJob.Parameters(List.of(input.toString(), gone), out.toString(), LIMIT));

    assertEquals(1, summary.rejected());
    // Sorted by source: .../corpus/only.md, then .../gone.
    JsonNode entry = JSON.readTree(out.resolve(ReportJob.MANIFEST).toFile()).get("entries").get(1);
    assertEquals(gone, entry.get("source").asText());
    assertEquals("rejected", entry.get("status").asText());
  }

  @Test
  void aPeriodKeepsIncidentsStartedWithinItAndUndatedOnesAndTheManifestStillListsEveryFile(@TempDir Path root)
      throws IOException {
    Path input = root.resolve("corpus");
    Files.createDirectories(input);
    Files.writeString(input.resolve("q1.md"), "On 2024-02-10 from 10:00 to 11:00 UTC the search API was down.\n");
    // 2024-03-31 23:30 at UTC-5 is 2024-04-01 04:30 UTC: in the second quarter.
    Files.writeString(input.resolve("q2.md"), "On 2024-03-31 from 23:30 to 23:50 UTC-5 the search API was down.\n");
    Files.writeString(input.resolve("q3.md"), "On 2024-07-22 from 10:00 to 11:00 UTC the login page failed.\n");
    Files.writeString(input.resolve("undated.md"), "The login page failed for about an hour.\n");
    Path out = root.resolve("report");

    new ReportJob(spark()).run(new ReportJob.Parameters(List.of(input.toString()), out.toString(), LIMIT,
        ReportPeriod.quarter("2024Q2")));

    JsonNode manifest = JSON.readTree(out.resolve(ReportJob.MANIFEST).toFile());
    assertEquals("2024Q2", manifest.get("period").asText());
    Map<String, Boolean> inPeriod = new LinkedHashMap<>();
    for (JsonNode entry : manifest.get("entries")) {
      inPeriod.put(entry.get("source").asText().replaceAll(".*/", ""), entry.get("inPeriod").asBoolean());
    }
    assertEquals(Map.of("q1.md", false, "q2.md", true, "q3.md", false, "undated.md", true), inPeriod);
    assertEquals(2, Files.readAllLines(out.resolve(ReportJob.INCIDENTS_JSONL)).size());
    // The quarter before the period stays in the duration trends as the baseline of the change.
    List<String> quarters = Files.readAllLines(out.resolve("tables").resolve(QuarterlyDurations.NAME + ".csv"))
        .stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    assertEquals(List.of("2024Q1", "2024Q2", "undated"), quarters);
    assertEquals("""
        status,incidents
        ok,2
        partial,0
        rejected,0
        """, Files.readString(out.resolve("tables").resolve(StatusCounts.NAME + ".csv")));
  }

  /** Every output that must not change between runs: the CSV tables, the JSON lines and the manifest. */
  private static Map<String, byte[]> reproducible(Path out) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : ReportTables.NAMES) {
      files.put(name, Files.readAllBytes(out.resolve("tables").resolve(name + ".csv")));
    }
    files.put(ReportJob.INCIDENTS_JSONL, Files.readAllBytes(out.resolve(ReportJob.INCIDENTS_JSONL)));
    files.put(ReportJob.MANIFEST, Files.readAllBytes(out.resolve(ReportJob.MANIFEST)));
    return files;
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
