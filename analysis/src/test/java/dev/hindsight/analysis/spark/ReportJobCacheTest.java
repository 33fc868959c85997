package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchHit;
import dev.hindsight.analysis.search.SearchResults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun reuses the records of files whose bytes did not change and writes exactly the report a fresh run writes:
 * the same records, tables, manifest and page, and an index holding the same incidents.
 */
class ReportJobCacheTest extends LocalSparkTestBase {

  private static final long LIMIT = 1_000_000;

  @TempDir
  static Path shared;
  // The fixture, and a report of all of it made once: most tests start from a copy of that report.
  private static Path corpus;
  private static Path firstReport;

  @TempDir
  Path root;

  @BeforeAll
  static void reportTheAggregateFixtureOnce() throws IOException {
    corpus = copyOfFixture(shared.resolve("corpus"));
    firstReport = shared.resolve("first-report");
    assertEquals(0, run(corpus, firstReport, ReportPeriod.ALL, true).reused());
  }

  private static Path copyOfFixture(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : ReportJobAggregatesTest.FILES) {
      try (InputStream in = ReportJobCacheTest.class.getResourceAsStream(ReportJobAggregatesTest.FIXTURE + name)) {
        assertNotNull(in, "fixture file " + name);
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }

  private static ReportJob.Summary run(Path input, Path out, ReportPeriod period, boolean reuse) {
    return new ReportJob(spark()).run(
        new ReportJob.Parameters(List.of(input.toString()), out.toString(), LIMIT, period, reuse));
  }

  private static ReportJob.Summary run(Path out, ReportPeriod period, boolean reuse) {
    return run(corpus, out, period, reuse);
  }

  /** A copy of the report of the whole fixture, to rerun into. */
  private Path copyOfFirstReport() throws IOException {
    Path out = root.resolve("report");
    try (Stream<Path> walk = Files.walk(firstReport)) {
      for (Path source : walk.toList()) {
        Path target = out.resolve(firstReport.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return out;
  }

  /** A copy of the fixture of this test's own, reported once into {@code out}, to change and rerun. */
  private Path reportedCopyOfFixture(Path out) throws IOException {
    Path corpus = copyOfFixture(root.resolve("corpus"));
    run(corpus, out, ReportPeriod.ALL, true);
    return corpus;
  }

  private static void touch(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
  }

  /** Edits a postmortem the way its author would: a line added at the end. */
  private static void appendNote(Path file, String note) throws IOException {
    Files.writeString(file, "\n" + note + "\n", java.nio.file.StandardOpenOption.APPEND);
  }

  /** Asserts that {@code out} holds what a fresh run over {@code corpus} writes, a run that reuses nothing. */
  private void assertSameAsFreshRun(Path corpus, ReportPeriod period, Path out) throws IOException {
    Path fresh = root.resolve("fresh");
    assertEquals(0, run(corpus, fresh, period, false).reused());
    assertSameReport(fresh, out);
  }

  @Test
  void aRerunAfterEditsDeletionsAndAdditionsWritesWhatAFreshRunWrites() throws IOException {
    Path out = root.resolve("report");
    Path corpus = reportedCopyOfFixture(out);

    appendNote(corpus.resolve("01-reports-disk.md"), "A late note: the disk alert was tuned.");
    Files.delete(corpus.resolve("06-lb-weights.md"));
    // Same bytes as another file under a new name: its own record, not the other file's.
    Files.copy(corpus.resolve("02-cert-expiry.md"), corpus.resolve("15-cert-expiry-copy.md"));
    ReportJob.Summary rerun = run(corpus, out, ReportPeriod.ALL, true);

    // Fourteen files, less the edited and the deleted one, less the empty one (never hashed, so never reused).
    assertEquals(11, rerun.reused());
    // Few changes: the previous JSON lines and manifest are merged with them, not written afresh.
    assertEquals(List.of(true, true), merged(out));
    assertSameAsFreshRun(corpus, ReportPeriod.ALL, out);
  }

  @Test
  void aDamagedPreviousJsonLinesFileIsWrittenAfresh() throws IOException {
    Path out = copyOfFirstReport();
    Path lines = out.resolve(ReportJob.INCIDENTS_JSONL);
    List<String> kept = Files.readAllLines(lines);
    // One record lost: merged with the (no) changes, it would be a line short.
    Files.write(lines, kept.subList(1, kept.size()));

    run(out, ReportPeriod.ALL, true);
    assertEquals(List.of(false, true), merged(out));
    assertSameReport(firstReport, out);
  }

  @Test
  void aFileNowPastALowerSizeLimitIsRejectedInsteadOfReused() throws IOException {
    Path out = copyOfFirstReport();
    long lowerLimit = 800;
    try (Stream<Path> files = Files.list(corpus)) {
      assertTrue(files.anyMatch(file -> file.toFile().length() > lowerLimit), "a fixture file past the lower limit");
    }

    ReportJob.Summary rerun = new ReportJob(spark()).run(new ReportJob.Parameters(List.of(corpus.toString()),
        out.toString(), lowerLimit, ReportPeriod.ALL, true));
    Path fresh = root.resolve("fresh");
    ReportJob.Summary freshRun = new ReportJob(spark()).run(new ReportJob.Parameters(List.of(corpus.toString()),
        fresh.toString(), lowerLimit, ReportPeriod.ALL, false));
    assertEquals(freshRun.rejected(), rerun.rejected());
    assertSameReport(fresh, out);
  }

  @Test
  void aRerunWithMoreChangesThanItBroadcastsWritesWhatAFreshRunWrites() throws IOException {
    Path out = root.resolve("report");
    Path corpus = reportedCopyOfFixture(out);
    appendNote(corpus.resolve("04-dns-record.md"), "A late note: the record TTL was lowered.");
    touch(corpus.resolve("05-image-disk.md"));

    // No change is few enough to broadcast: the cached rows are joined with the changes in a shuffle instead.
    ReportJob.Summary rerun = new ReportJob(spark(), 0).run(
        new ReportJob.Parameters(List.of(corpus.toString()), out.toString(), LIMIT, ReportPeriod.ALL, true));
    assertEquals(12, rerun.reused());
    // Too many changes to list on the driver, so nothing is merged either.
    assertEquals(List.of(false, false), merged(out));
    assertSameAsFreshRun(corpus, ReportPeriod.ALL, out);
  }

  @Test
  void aTouchedFileIsReusedButAnEditOfTheSameLengthIsNot() throws IOException {
    Path out = root.resolve("report");
    Path corpus = reportedCopyOfFixture(out);
    touch(corpus.resolve("05-image-disk.md"));
    Path edited = corpus.resolve("09-payment-provider.txt");
    String text = Files.readString(edited);
    int at = text.indexOf("payment");
    Files.writeString(edited, text.substring(0, at) + "PAYMENT" + text.substring(at + "payment".length()));
    touch(edited);

    // Thirteen hashed files, less the edited one: the touched file's bytes hash as before.
    assertEquals(12, run(corpus, out, ReportPeriod.ALL, true).reused());
    assertSameAsFreshRun(corpus, ReportPeriod.ALL, out);
  }

  @Test
  void aRerunOverAWiderPeriodExtractsTheIncidentsTheOldIndexLacks() throws IOException {
    Path out = root.resolve("report");
    run(out, ReportPeriod.quarter("2024Q2"), true);
    ReportJob.Summary rerun = run(out, ReportPeriod.ALL, true);

    // Only the records outside the old index that need no index document (rejected files) are reused from outside.
    assertTrue(rerun.reused() > 0 && rerun.reused() < 13, "reused " + rerun.reused());
    assertSameReport(firstReport, out);
  }

  @Test
  void aRerunOverANarrowerPeriodDropsTheUncoveredIncidentsFromTheIndex() throws IOException {
    Path out = copyOfFirstReport();
    ReportJob.Summary rerun = run(out, ReportPeriod.quarter("2024Q2"), true);

    // Every file but the empty one: the old index holds all it needs, and more, which the rerun deletes.
    assertEquals(13, rerun.reused());
    // The old JSON lines and manifest are of another period: both are written afresh.
    assertEquals(List.of(false, false), merged(out));
    assertSameAsFreshRun(corpus, ReportPeriod.quarter("2024Q2"), out);
  }

  @Test
  void aCacheFromOtherCodeOrModelsIsNotUsed() throws IOException {
    Path out = copyOfFirstReport();
    Files.writeString(out.resolve(ExtractionCache.FOLDER).resolve("fingerprint"), "an older extractor\n");

    assertEquals(0, run(out, ReportPeriod.ALL, true).reused());
  }

  @Test
  void aCacheWithoutItsIndexIsNotUsed() throws IOException {
    Path out = copyOfFirstReport();
    deleteTree(out.resolve(ReportJob.INDEX));

    assertEquals(0, run(out, ReportPeriod.ALL, true).reused());
    // Fourteen files less the empty one and the screenshot.
    assertEquals(12, indexContent(out).size());
  }

  @Test
  void aDamagedCacheIsIgnored() throws IOException {
    Path out = copyOfFirstReport();
    Path rows = out.resolve(ExtractionCache.FOLDER).resolve("rows");
    try (Stream<Path> parts = Files.list(rows)) {
      for (Path part : parts.filter(file -> file.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.writeString(part, "not parquet any more");
      }
    }

    assertEquals(0, run(out, ReportPeriod.ALL, true).reused());
  }

  @Test
  void aFreshRunIgnoresTheCache() throws IOException {
    Path out = copyOfFirstReport();

    assertEquals(0, run(out, ReportPeriod.ALL, false).reused());
  }

  private static void assertSameReport(Path expected, Path actual) throws IOException {
    for (String file : List.of(ReportJob.INCIDENTS_JSONL, ReportJob.MANIFEST)) {
      assertEquals(Files.readString(expected.resolve(file)), Files.readString(actual.resolve(file)), file);
    }
    assertEquals(csvTables(expected), csvTables(actual));
    assertEquals(parquetRows(expected.resolve(ReportJob.INCIDENTS)), parquetRows(actual.resolve(ReportJob.INCIDENTS)));
    assertEquals(indexContent(expected), indexContent(actual));
  }

  /** Whether the run that wrote {@code report} merged its JSON lines and its manifest, as run-info.json tells. */
  private static List<Boolean> merged(Path report) throws IOException {
    JsonNode timings = new ObjectMapper().readTree(report.resolve(ReportJob.RUN_INFO).toFile()).get("timings");
    return List.of(timings.get("jsonLinesMerged").asBoolean(), timings.get("manifestMerged").asBoolean());
  }

  private static Map<String, String> csvTables(Path report) throws IOException {
    Map<String, String> tables = new TreeMap<>();
    try (Stream<Path> files = Files.list(report.resolve(ReportTableWriter.TABLES))) {
      for (Path csv : files.filter(file -> file.toString().endsWith(".csv")).toList()) {
        tables.put(csv.getFileName().toString(), Files.readString(csv));
      }
    }
    assertEquals(ReportTables.NAMES.size(), tables.size());
    return tables;
  }

  private static List<String> parquetRows(Path folder) {
    return spark().read().parquet(folder.toString()).collectAsList().stream().map(Row::toString).toList();
  }

  /** Every incident the index holds, as its search hit (id, source, cause, facets), sorted. */
  private static List<String> indexContent(Path report) throws IOException {
    try (IncidentSearcher searcher = IncidentSearcher.open(report.resolve(ReportJob.INDEX))) {
      SearchResults all = (SearchResults) searcher.search("*:*", Math.max(1, searcher.size()));
      assertEquals(searcher.size(), all.hits().size());
      return all.hits().stream().map(SearchHit::toString).sorted().toList();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
