package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MedianIntervalsTest extends LocalSparkTestBase {

  private static Dataset<Row> sample() {
    return incidents(
        // 2024Q1: 30, 30, 30: every resample has median 30.
        IncidentRow.builder("a1").start("2024-01-02T00:00:00Z").ttr(30L).build(),
        IncidentRow.builder("a2").start("2024-02-02T00:00:00Z").ttr(30L).build(),
        IncidentRow.builder("a3").start("2024-03-02T00:00:00Z").ttr(30L).build(),
        // 2024Q2: 10, 20: medians 10, 15, 20 with chances 1/4, 1/2, 1/4, so the 90% interval is [10, 20].
        IncidentRow.builder("b1").start("2024-04-02T00:00:00Z").ttr(20L).build(),
        IncidentRow.builder("b2").start("2024-05-02T00:00:00Z").ttr(10L).build(),
        // 2024Q3: an incident without a resolve time: listed, with no interval.
        IncidentRow.builder("c1").start("2024-07-02T00:00:00Z").build(),
        // Undated: one value.
        IncidentRow.builder("u1").ttr(5L).build(),
        IncidentRow.rejected("r1", "r1.md", "rejected"));
  }

  @Test
  void givesEachQuarterItsMedianAndBootstrapInterval() {
    Dataset<Row> result = MedianIntervals.of(sample(), MedianMeasure.RESOLVE, Bootstrap.DEFAULT);
    assertEquals(List.of("quarter", "ttr_count", "ttr_median", "ttr_median_low", "ttr_median_high"),
        List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q1", 3L, 30.0, 30.0, 30.0),
        row("2024Q2", 2L, 15.0, 10.0, 20.0),
        row("2024Q3", 0L, null, null, null),
        row("undated", 1L, 5.0, 5.0, 5.0)), table(result, MedianIntervals.KEYS));
  }

  @Test
  void sameIntervalsWhateverThePartitioning() {
    Dataset<Row> incidents = sample();
    for (int i = 0; i < 20; i++) {
      incidents = incidents.union(incidents(
          IncidentRow.builder("x" + i).start("2024-08-0" + (1 + i % 9) + "T00:00:00Z").ttr((long) (i * i % 37)).build()));
    }
    List<String> keys = MedianIntervals.KEYS;
    List<List<Object>> once =
        table(MedianIntervals.of(incidents.coalesce(1), MedianMeasure.RESOLVE, Bootstrap.DEFAULT), keys);
    List<List<Object>> scattered =
        table(MedianIntervals.of(incidents.repartition(7), MedianMeasure.RESOLVE, Bootstrap.DEFAULT), keys);
    assertEquals(once, scattered);
  }

  @Test
  void timeToDetectGetsItsOwnColumnsFromItsOwnMinutes() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("d1").start("2024-01-02T00:00:00Z").ttd(4L).ttr(300L).build(),
        IncidentRow.builder("d2").start("2024-02-02T00:00:00Z").ttd(4L).ttr(100L).build());
    Dataset<Row> result = MedianIntervals.of(incidents, MedianMeasure.DETECT, Bootstrap.DEFAULT);
    assertEquals(List.of("quarter", "ttd_count", "ttd_median", "ttd_median_low", "ttd_median_high"),
        List.of(result.columns()));
    assertEquals(List.of(row("2024Q1", 2L, 4.0, 4.0, 4.0)), table(result, MedianIntervals.KEYS));
  }
}
