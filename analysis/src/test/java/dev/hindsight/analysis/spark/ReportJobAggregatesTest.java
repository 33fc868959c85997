package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.search.FacetCount;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchResults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report job end to end over a small hand-made corpus: every aggregate the job writes is compared exactly with
 * figures worked out by hand from the fixture files.
 *
 * <p>What the extractor reads from each file (checked with {@code hindsight extract}); times as written, minutes from
 * the start; Z is UTC:
 *
 * <pre>
 * 01-reports-disk.md       2024Q1   2024-02-05 09:00-09:45Z, detect 09:10, identify 09:30: ttr 45, ttd 10, tti 30
 *                          resource-exhaustion/storage, monitoring; recent-change 09:12-09:22 (10); 2 actions
 * 02-cert-expiry.md        2024Q1   2024-03-12 14:00-15:30Z, detect 14:20, identify 15:00: ttr 90, ttd 20, tti 60
 *                          expiry-or-time/certificate, customer-report; no misleading path
 * 03-queue-consumer.md     2024Q1   2024-01-20 22:00Z to 01-21 08:00Z, detect 23:30, identify 06:00: 600, 90, 480
 *                          software-bug/queue, manual; no misleading path
 * 04-dns-record.md         2024Q2   2024-03-31 21:30-22:00 at UTC-05:00 = 2024-04-01 02:30Z (local date in Q1)
 *                          detect 21:35, identify 21:50: ttr 30, ttd 5, tti 20; misconfiguration/dns, monitoring
 * 05-image-disk.md         2024Q2   2024-05-14 10:00-12:00Z, detect 10:30, identify 11:20: ttr 120, ttd 30, tti 80
 *                          resource-exhaustion/storage, customer-report; database 10:35-10:55 (20); 1 action
 * 06-lb-weights.md         2024Q2   2024-06-03 16:00-17:00 at UTC+02:00, detect 16:05, identify 16:45: 60, 5, 45
 *                          misconfiguration/load-balancer, monitoring; database 16:10-16:40 (30)
 * 07-cleanup-script.md     2024Q2   2024-06-20 08:00-12:00Z, detect 09:00, identify 10:00: ttr 240, ttd 60, tti 120
 *                          human-error/database, manual; attack, outside the timeline (minutes unknown)
 * 08-metrics-disk.html     2024Q3   2024-08-08 13:00-13:20Z, detect 13:02, identify 13:10: ttr 20, ttd 2, tti 10
 *                          resource-exhaustion/storage, monitoring; recent-change 13:03-13:08 (5); 1 action
 * 09-payment-provider.txt  2024Q3   2024-09-02 11:00-12:40Z, detect 11:15, identify 11:40: ttr 100, ttd 15, tti 40
 *                          dependency-failure/third-party, customer-report; network 11:20-11:35 (15)
 * 14-backup-disk.md        2024Q3   2024-10-01 01:00-02:00 at UTC+03:00 = 2024-09-30 22:00Z (local date in Q4)
 *                          detect 01:05, identify 01:25: ttr 60, ttd 5, tti 25; resource-exhaustion/storage,
 *                          monitoring; server-resources 01:10-01:20 (10)
 * 10-session-race.md       undated  no date or clock time, "for about an hour": ttr 60, no ttd or tti
 *                          software-bug/application, detection unknown
 * 11-lb-local-times.md     undated  2024-04-10 10:00-10:50 with no zone (partial, has_offset false), detect 10:15,
 *                          identify 10:30: ttr 50, ttd 15, tti 30; misconfiguration/load-balancer, manual
 * 12-empty.md              rejected: zero bytes
 * 13-screenshot.md         rejected: PNG bytes under a .md name
 * </pre>
 */
class ReportJobAggregatesTest extends LocalSparkTestBase {

  static final String FIXTURE = "/dev/hindsight/analysis/spark/aggregate-fixture/";
  static final List<String> FILES = List.of(
      "01-reports-disk.md", "02-cert-expiry.md", "03-queue-consumer.md", "04-dns-record.md", "05-image-disk.md",
      "06-lb-weights.md", "07-cleanup-script.md", "08-metrics-disk.html", "09-payment-provider.txt",
      "10-session-race.md", "11-lb-local-times.md", "12-empty.md", "13-screenshot.md", "14-backup-disk.md");
  private static final long LIMIT = 1_000_000;

  @TempDir
  static Path root;
  private static Path report;
  private static ReportJob.Summary summary;
  /** File name to incident id, as the job's incidents table gives it. */
  private static final Map<String, String> IDS = new LinkedHashMap<>();

  // One run for the class: a run costs seconds, and every test reads a different part of the same report.
  @BeforeAll
  static void runTheJobOverTheFixture() throws IOException {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    for (String name : FILES) {
      try (InputStream in = ReportJobAggregatesTest.class.getResourceAsStream(FIXTURE + name)) {
        assertNotNull(in, "fixture file " + name);
        Files.copy(in, corpus.resolve(name));
      }
    }
    report = root.resolve("report");
    summary = new ReportJob(spark())
        .run(new ReportJob.Parameters(List.of(corpus.toString()), report.toString(), LIMIT));
    // Ids are content hashes; the tests name incidents by file and look their ids up in the job's own output.
    for (Row row : incidentsTable().select(IncidentColumns.SOURCE, IncidentColumns.ID).collectAsList()) {
      IDS.put(fileName(row.getString(0)), row.getString(1));
    }
  }

  @Test
  void manifestAccountsForEveryFileWithItsStatus() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(report.resolve(ReportJob.MANIFEST).toFile());
    // 14 files: 01-10 and 14 are ok, 11 is partial (no time zone), 12 and 13 are rejected.
    assertEquals(14, manifest.get("files").asInt());
    assertEquals(11, manifest.get("ok").asInt());
    assertEquals(1, manifest.get("partial").asInt());
    assertEquals(2, manifest.get("rejected").asInt());
    assertEquals(new ReportJob.Summary(14, 11, 1, 2, 0, summary.out()), summary);

    Map<String, String> statuses = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (JsonNode entry : manifest.get("entries")) {
      String name = fileName(entry.get("source").asText());
      statuses.put(name, entry.get("status").asText());
      reasons.put(name, entry.get("reason").isNull() ? null : entry.get("reason").asText());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (String name : FILES) {
      expected.put(name, "ok");
    }
    expected.put("11-lb-local-times.md", "partial");
    expected.put("12-empty.md", "rejected");
    expected.put("13-screenshot.md", "rejected");
    assertEquals(expected, statuses);
    assertEquals("the file is empty", reasons.get("12-empty.md"));
    assertTrue(reasons.get("13-screenshot.md").startsWith("the file is a PNG image"), reasons.get("13-screenshot.md"));
    assertTrue(reasons.get("11-lb-local-times.md").startsWith("no-time-zone: "), reasons.get("11-lb-local-times.md"));
    assertEquals(null, reasons.get("01-reports-disk.md"));
  }

  @Test
  void statusCountsListEveryStatus() {
    assertEquals(List.of(
        row("ok", 11L),
        row("partial", 1L),
        row("rejected", 2L)), readTable(StatusCounts.NAME, StatusCounts.KEYS));
  }

  @Test
  void quarterIsThatOfTheUtcInstantNotOfTheLocalDate() {
    Dataset<Row> shifted = incidentsTable()
        .filter(col(IncidentColumns.ID).isin(id("04-dns-record.md"), id("14-backup-disk.md")))
        .select(IncidentColumns.START_UTC, IncidentColumns.HAS_OFFSET, IncidentColumns.QUARTER);
    assertEquals(List.of(
        // 2024-03-31 21:30 at UTC-05:00 is 02:30 UTC on 1 April.
        row(at("2024-04-01T02:30:00Z"), true, "2024Q2"),
        // 2024-10-01 01:00 at UTC+03:00 is 22:00 UTC on 30 September.
        row(at("2024-09-30T22:00:00Z"), true, "2024Q3")), table(shifted, List.of(IncidentColumns.START_UTC)));
  }

  @Test
  void clockTimesWithoutAZoneAreUndatedButKeepTheirDurations() {
    // 11-lb-local-times.md: 2024-04-10 10:00 to 10:50 and no zone. The instant is not guessed, so the incident
    // falls in the undated bucket, while the durations, which need no zone, are kept.
    Dataset<Row> local = incidentsTable()
        .filter(col(IncidentColumns.ID).equalTo(id("11-lb-local-times.md")))
        .select(IncidentColumns.STATUS, IncidentColumns.START_UTC, IncidentColumns.END_UTC, IncidentColumns.HAS_OFFSET,
            IncidentColumns.QUARTER, IncidentColumns.TTR_MINUTES, IncidentColumns.TTD_MINUTES,
            IncidentColumns.TTI_MINUTES, IncidentColumns.WARNING_KINDS);
    assertEquals(List.of(row("partial", null, null, false, "undated", 50L, 15L, 30L, List.of("no-time-zone"))),
        table(local, List.of(IncidentColumns.STATUS)));
  }

  @Test
  void quarterlyDurationsGiveCountMedianP90MeanAndMaxWithAnUndatedBucket() {
    assertEquals(List.of(
        // quarter, incidents, then count, median, p90, mean, max of ttr, ttd and tti (type-7 percentiles).
        row("2024Q1", 3L,
            // ttr 45, 90, 600: median 90; p90 at h = 1.8: 90 + 0.8 * (600 - 90) = 498; mean 735 / 3 = 245.
            3L, 90.0, 498.0, 245.0, 600L,
            // ttd 10, 20, 90: median 20; p90 20 + 0.8 * 70 = 76; mean 120 / 3 = 40.
            3L, 20.0, 76.0, 40.0, 90L,
            // tti 30, 60, 480: median 60; p90 60 + 0.8 * 420 = 396; mean 570 / 3 = 190.
            3L, 60.0, 396.0, 190.0, 480L),
        row("2024Q2", 4L,
            // ttr 30, 60, 120, 240: median (60 + 120) / 2 = 90; p90 at h = 2.7: 120 + 0.7 * 120 = 204; mean 450 / 4.
            4L, 90.0, 204.0, 112.5, 240L,
            // ttd 5, 5, 30, 60: median 17.5; p90 30 + 0.7 * 30 = 51; mean 100 / 4 = 25.
            4L, 17.5, 51.0, 25.0, 60L,
            // tti 20, 45, 80, 120: median 62.5; p90 80 + 0.7 * 40 = 108; mean 265 / 4 = 66.25.
            4L, 62.5, 108.0, 66.25, 120L),
        row("2024Q3", 3L,
            // ttr 20, 60, 100: median 60; p90 at h = 1.8: 60 + 0.8 * 40 = 92; mean 180 / 3 = 60.
            3L, 60.0, 92.0, 60.0, 100L,
            // ttd 2, 5, 15: median 5; p90 5 + 0.8 * 10 = 13; mean 22 / 3 = 7.333 -> 7.33.
            3L, 5.0, 13.0, 7.33, 15L,
            // tti 10, 25, 40: median 25; p90 25 + 0.8 * 15 = 37; mean 75 / 3 = 25.
            3L, 25.0, 37.0, 25.0, 40L),
        row("undated", 2L,
            // ttr 50 (zone-less times) and 60 ("about an hour"): median 55; p90 at h = 0.9: 50 + 0.9 * 10 = 59.
            2L, 55.0, 59.0, 55.0, 60L,
            // Only the zone-less incident has a detect and an identify time.
            1L, 15.0, 15.0, 15.0, 15L,
            1L, 30.0, 30.0, 30.0, 30L)), readTable(QuarterlyDurations.NAME, QuarterlyDurations.KEYS));
  }

  @Test
  void quarterlyDurationsCsvWritesTheSameFiguresInPlainNotation() throws IOException {
    List<String> lines = Files.readAllLines(report.resolve("tables").resolve(QuarterlyDurations.NAME + ".csv"));
    assertEquals(List.of(
        "quarter,incidents,ttr_count,ttr_median,ttr_p90,ttr_mean,ttr_max,ttd_count,ttd_median,ttd_p90,ttd_mean,"
            + "ttd_max,tti_count,tti_median,tti_p90,tti_mean,tti_max",
        "2024Q1,3,3,90,498,245,600,3,20,76,40,90,3,60,396,190,480",
        "2024Q2,4,4,90,204,112.5,240,4,17.5,51,25,60,4,62.5,108,66.25,120",
        "2024Q3,3,3,60,92,60,100,3,5,13,7.33,15,3,25,37,25,40",
        "undated,2,2,55,59,55,60,1,15,15,15,15,1,30,30,30,30"), lines);
  }

  @Test
  void resolveMedianIntervalsContainTheMedianAndAreStable() {
    List<List<Object>> intervals = readTable(MedianMeasure.RESOLVE.intervalsTable(), MedianIntervals.KEYS);
    // quarter, ttr_count, ttr_median; the medians are those of quarterly_durations.
    assertEquals(List.of(
            row("2024Q1", 3L, 90.0), row("2024Q2", 4L, 90.0), row("2024Q3", 3L, 60.0), row("undated", 2L, 55.0)),
        intervals.stream().map(r -> r.subList(0, 3)).toList());
    for (List<Object> interval : intervals) {
      double median = (Double) interval.get(2);
      double low = (Double) interval.get(3);
      double high = (Double) interval.get(4);
      assertTrue(low <= median && median <= high, "interval " + interval);
    }
    // Undated has 50 and 60: a resample's median is 50, 55 or 60 with chances 1/4, 1/2, 1/4, so of 1000 medians
    // far more than the 5% tail are 50 and far more than 5% are 60: the 90% interval is exactly [50, 60].
    assertEquals(row("undated", 2L, 55.0, 50.0, 60.0), intervals.get(3));
    // Seeded: the same durations give the same bounds when computed again from the written incidents.
    assertEquals(intervals,
        table(MedianIntervals.of(incidentsTable(), MedianMeasure.RESOLVE, Bootstrap.DEFAULT), MedianIntervals.KEYS));
  }

  @Test
  void theIndexHoldsEveryAcceptedIncidentAndItsFacetsCountAsTheTablesDo() throws IOException {
    Map<String, Long> quarters = new TreeMap<>();
    for (List<Object> row : readTable(QuarterlyDurations.NAME, QuarterlyDurations.KEYS)) {
      quarters.put((String) row.get(0), (Long) row.get(1));
    }
    Map<String, Long> categories = new TreeMap<>();
    for (List<Object> row : readTable(FailureClassCounts.NAME, FailureClassCounts.KEYS)) {
      categories.merge((String) row.get(2), (Long) row.get(4), Long::sum);
    }
    try (IncidentSearcher searcher = IncidentSearcher.open(report.resolve(ReportJob.INDEX))) {
      assertEquals(12, searcher.size());
      SearchResults all = (SearchResults) searcher.search("*:*", 1);
      assertEquals(quarters, facet(all, "quarter"));
      assertEquals(categories, facet(all, "category"));
    }
  }

  private static Map<String, Long> facet(SearchResults results, String name) {
    Map<String, Long> counts = new TreeMap<>();
    for (FacetCount count : results.facets().get(name)) {
      counts.put(count.value(), count.count());
    }
    return counts;
  }

  @Test
  void failureClassCountsArePerQuarterWithTheUndatedBucket() {
    assertEquals(List.of(
        row("2024Q1", "expiry-or-time/certificate", "expiry-or-time", "certificate", 1L),
        row("2024Q1", "resource-exhaustion/storage", "resource-exhaustion", "storage", 1L),
        row("2024Q1", "software-bug/queue", "software-bug", "queue", 1L),
        row("2024Q2", "human-error/database", "human-error", "database", 1L),
        row("2024Q2", "misconfiguration/dns", "misconfiguration", "dns", 1L),
        row("2024Q2", "misconfiguration/load-balancer", "misconfiguration", "load-balancer", 1L),
        row("2024Q2", "resource-exhaustion/storage", "resource-exhaustion", "storage", 1L),
        row("2024Q3", "dependency-failure/third-party", "dependency-failure", "third-party", 1L),
        // 08 and 14: 14 was written on 1 October but started on 30 September in UTC.
        row("2024Q3", "resource-exhaustion/storage", "resource-exhaustion", "storage", 2L),
        row("undated", "misconfiguration/load-balancer", "misconfiguration", "load-balancer", 1L),
        row("undated", "software-bug/application", "software-bug", "application", 1L)),
        readTable(FailureClassCounts.NAME, FailureClassCounts.KEYS));
  }

  @Test
  void recurringFailureClassesGiveFirstAndLastSeenQuartersTrendAndIds() {
    assertEquals(List.of(
        // 06 in 2024Q2 and 11 undated: the undated one counts in incidents but not in the quarters.
        row("misconfiguration/load-balancer", "misconfiguration", "load-balancer", 2L, "2024Q2", "2024Q2",
            List.of("2024Q2"), 1L, "flat", sortedIds("06-lb-weights.md", "11-lb-local-times.md")),
        // 01 (Q1), 05 (Q2), 08 and 14 (Q3): three dated quarters, halves of one; Q1 has 1, Q3 has 2: rising.
        row("resource-exhaustion/storage", "resource-exhaustion", "storage", 4L, "2024Q1", "2024Q3",
            List.of("2024Q1", "2024Q2", "2024Q3"), 0L, "rising",
            sortedIds("01-reports-disk.md", "05-image-disk.md", "08-metrics-disk.html", "14-backup-disk.md"))),
        readTable(RecurringFailureClasses.NAME, RecurringFailureClasses.KEYS));
  }

  @Test
  void fixEffectivenessListsTheEarlierActionsOfEachRecurrenceInTimeOrder() {
    List<Object> logAlert = action("01-reports-disk.md", "Add an alert when a log volume passes 80% usage.",
        "monitoring");
    List<Object> logRotation = action("01-reports-disk.md",
        "Rotate and compress the API logs automatically every hour.", "automation");
    List<Object> uploadCleanup = action("05-image-disk.md", "Delete uploaded originals automatically after 30 days.",
        "automation");
    List<Object> compactionAlert = action("08-metrics-disk.html",
        "Alert when compaction falls more than one hour behind.", "monitoring");
    // Load balancer: 06 is its only dated incident (11 has no instant), so it has no recurrence to list.
    assertEquals(List.of(
        row("resource-exhaustion/storage", id("05-image-disk.md"), "2024Q2", at("2024-05-14T10:00:00Z"), 1L,
            ids("01-reports-disk.md"), 2, List.of(logAlert, logRotation)),
        row("resource-exhaustion/storage", id("08-metrics-disk.html"), "2024Q3", at("2024-08-08T13:00:00Z"), 2L,
            ids("01-reports-disk.md", "05-image-disk.md"), 3, List.of(logAlert, logRotation, uploadCleanup)),
        row("resource-exhaustion/storage", id("14-backup-disk.md"), "2024Q3", at("2024-09-30T22:00:00Z"), 3L,
            ids("01-reports-disk.md", "05-image-disk.md", "08-metrics-disk.html"), 4,
            List.of(logAlert, logRotation, uploadCleanup, compactionAlert))),
        readTable(FixEffectiveness.NAME, FixEffectiveness.KEYS));
  }

  @Test
  void redHerringMatrixCountsPathsIncidentsAndMinutesLostPerHypothesisAndComponent() {
    assertEquals(List.of(
        // hypothesis, component at fault, paths, incidents, minutes lost, paths with minutes.
        // 07: "a DDoS attack was briefly considered" outside the timeline: a path of unknown cost, not of 0.
        row("attack", "database", 1L, 1L, 0L, 0L),
        // 06: 16:10 to 16:40.
        row("database", "load-balancer", 1L, 1L, 30L, 1L),
        // 05: 10:35 to 10:55.
        row("database", "storage", 1L, 1L, 20L, 1L),
        // 09: 11:20 to 11:35.
        row("network", "third-party", 1L, 1L, 15L, 1L),
        // 01: 09:12 to 09:22 (10) and 08: 13:03 to 13:08 (5).
        row("recent-change", "storage", 2L, 2L, 15L, 2L),
        // 14: 01:10 to 01:20.
        row("server-resources", "storage", 1L, 1L, 10L, 1L)),
        readTable(RedHerringMatrix.NAME, RedHerringMatrix.KEYS));
  }

  @Test
  void redHerringsByQuarterGiveTheShareWithAMisleadingPathAndHoursLost() {
    assertEquals(List.of(
        // quarter, incidents, with a path, share, paths, paths with minutes, minutes lost, hours lost.
        // Q1: only 01 (10 min): 1 / 3 = 0.3333; 10 / 60 = 0.1667 -> 0.17.
        row("2024Q1", 3L, 1L, 0.3333, 1L, 1L, 10L, 0.17),
        // Q2: 05 (20), 06 (30), 07 (unknown): 3 / 4; 50 / 60 = 0.8333 -> 0.83.
        row("2024Q2", 4L, 3L, 0.75, 3L, 2L, 50L, 0.83),
        // Q3: 08 (5), 09 (15), 14 (10): 3 / 3; 30 / 60 = 0.5.
        row("2024Q3", 3L, 3L, 1.0, 3L, 3L, 30L, 0.5),
        row("undated", 2L, 0L, 0.0, 0L, 0L, 0L, 0.0)),
        readTable(RedHerringsByQuarter.NAME, RedHerringsByQuarter.KEYS));
  }

  @Test
  void detectionMethodMixCountsIncidentsPerQuarterAndMethod() {
    assertEquals(List.of(
        row("2024Q1", "customer-report", 1L),
        row("2024Q1", "manual", 1L),
        row("2024Q1", "monitoring", 1L),
        row("2024Q2", "customer-report", 1L),
        row("2024Q2", "manual", 1L),
        // 04 (uptime check) and 06 (latency alert).
        row("2024Q2", "monitoring", 2L),
        row("2024Q3", "customer-report", 1L),
        // 08 (free space alert) and 14 (backup failure alert).
        row("2024Q3", "monitoring", 2L),
        row("undated", "manual", 1L),
        // 10 never says how the problem came to light.
        row("undated", "unknown", 1L)),
        readTable(DetectionMethodMix.NAME, DetectionMethodMix.KEYS));
  }

  private static Dataset<Row> incidentsTable() {
    return spark().read().parquet(report.resolve(ReportJob.INCIDENTS).toString());
  }

  /** A written table, read back from its Parquet folder under {@code tables/}. */
  private static List<List<Object>> readTable(String name, List<String> keys) {
    return table(spark().read().parquet(report.resolve("tables").resolve(name).toString()), keys);
  }

  private static String id(String file) {
    return IDS.get(file);
  }

  private static List<String> ids(String... files) {
    return Arrays.stream(files).map(ReportJobAggregatesTest::id).toList();
  }

  private static List<String> sortedIds(String... files) {
    return ids(files).stream().sorted().toList();
  }

  private static List<Object> action(String file, String text, String type) {
    return List.of(id(file), text, type);
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
