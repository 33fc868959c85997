package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class QuarterlyDurationsTest extends LocalSparkTestBase {

  @Test
  void countsMediansP90MeansAndMaximaPerQuarterWithAnUndatedBucket() {
    Dataset<Row> incidents = incidents(
        // 2024Q1: ttr 10, 20, 30, 40, 100; ttd 0, 5, -, 10, 15; tti -, 60, 75, -, -.
        IncidentRow.builder("a1").start("2024-01-05T10:00:00Z").ttr(10L).ttd(0L).build(),
        IncidentRow.builder("a2").start("2024-02-05T10:00:00Z").ttr(20L).ttd(5L).tti(60L).build(),
        IncidentRow.builder("a3").start("2024-03-05T10:00:00Z").ttr(30L).tti(75L).build(),
        IncidentRow.builder("a4").start("2024-03-31T23:59:00Z").ttr(40L).ttd(10L).build(),
        IncidentRow.builder("a5").start("2024-01-01T00:00:00Z").ttr(100L).ttd(15L).build(),
        // 2024Q2: ttr 7, 8, 8; nothing else known.
        IncidentRow.builder("b1").start("2024-04-01T00:00:00Z").ttr(8L).build(),
        IncidentRow.builder("b2").start("2024-05-01T00:00:00Z").ttr(7L).build(),
        IncidentRow.builder("b3").start("2024-06-30T12:00:00Z").ttr(8L).build(),
        // Undated: two incidents, one resolve time.
        IncidentRow.builder("u1").ttr(50L).build(),
        IncidentRow.builder("u2").build(),
        // Rejected: would land in the undated bucket if it were not left out.
        IncidentRow.rejected("r1", "broken.md", "rejected"));

    List<List<Object>> expected = List.of(
        // quarter, incidents,
        // ttr count, median, p90, mean, max; ttd ...; tti ...
        row("2024Q1", 5L,
            // median 30; p90 at h = 3.6: 40 + 0.6 * 60 = 76; mean 200 / 5 = 40.
            5L, 30.0, 76.0, 40.0, 100L,
            // 0, 5, 10, 15: median (5 + 10) / 2 = 7.5; p90 at h = 2.7: 10 + 0.7 * 5 = 13.5; mean 30 / 4.
            4L, 7.5, 13.5, 7.5, 15L,
            // 60, 75: median 67.5; p90 at h = 0.9: 60 + 0.9 * 15 = 73.5; mean 67.5.
            2L, 67.5, 73.5, 67.5, 75L),
        row("2024Q2", 3L,
            // 7, 8, 8: median 8; p90 at h = 1.8 between 8 and 8; mean 23 / 3 = 7.666... -> 7.67.
            3L, 8.0, 8.0, 7.67, 8L,
            0L, null, null, null, null,
            0L, null, null, null, null),
        row("undated", 2L,
            1L, 50.0, 50.0, 50.0, 50L,
            0L, null, null, null, null,
            0L, null, null, null, null));
    Dataset<Row> result = QuarterlyDurations.of(incidents);
    assertEquals(List.of("quarter", "incidents",
        "ttr_count", "ttr_median", "ttr_p90", "ttr_mean", "ttr_max",
        "ttd_count", "ttd_median", "ttd_p90", "ttd_mean", "ttd_max",
        "tti_count", "tti_median", "tti_p90", "tti_mean", "tti_max"), List.of(result.columns()));
    assertEquals(expected, table(result, QuarterlyDurations.KEYS));
  }

  @Test
  void quarterBoundariesAreReadInUtc() {
    // 23:30 on 31 March at -02:00 is 01:30 UTC on 1 April: the second quarter.
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("late").start("2024-03-31T23:30:00-02:00").ttr(10L).build(),
        IncidentRow.builder("early").start("2024-03-31T23:30:00+00:00").ttr(20L).build());
    List<List<Object>> quarters = table(QuarterlyDurations.of(incidents).select("quarter", "ttr_max"), QuarterlyDurations.KEYS);
    assertEquals(List.of(row("2024Q1", 20L), row("2024Q2", 10L)), quarters);
  }
}
