package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MedianChangesTest extends LocalSparkTestBase {

  @Test
  void judgesEachChangeByWhetherTheIntervalsOverlap() {
    Dataset<Row> incidents = incidents(
        // 2024Q1 [10, 10].
        IncidentRow.builder("a1").start("2024-01-02T00:00:00Z").ttr(10L).build(),
        IncidentRow.builder("a2").start("2024-01-03T00:00:00Z").ttr(10L).build(),
        IncidentRow.builder("a3").start("2024-01-04T00:00:00Z").ttr(10L).build(),
        // 2024Q2 [100, 100]: wholly above -> increase.
        IncidentRow.builder("b1").start("2024-04-02T00:00:00Z").ttr(100L).build(),
        IncidentRow.builder("b2").start("2024-04-03T00:00:00Z").ttr(100L).build(),
        IncidentRow.builder("b3").start("2024-04-04T00:00:00Z").ttr(100L).build(),
        // 2024Q3: 80, 140, median 110 but interval [80, 140] holds 100 -> no detectable change.
        IncidentRow.builder("c1").start("2024-07-02T00:00:00Z").ttr(80L).build(),
        IncidentRow.builder("c2").start("2024-07-03T00:00:00Z").ttr(140L).build(),
        // No 2024Q4. 2025Q1 [20, 20], wholly below 2024Q3's [80, 140] -> decrease.
        IncidentRow.builder("d1").start("2025-01-02T00:00:00Z").ttr(20L).build(),
        IncidentRow.builder("d2").start("2025-01-03T00:00:00Z").ttr(20L).build(),
        // 2025Q2 has incidents but no resolve times -> insufficient data.
        IncidentRow.builder("e1").start("2025-04-02T00:00:00Z").build(),
        // Undated is never compared.
        IncidentRow.builder("u1").ttr(1000L).build());

    Dataset<Row> result = MedianChanges.of(incidents, MedianMeasure.RESOLVE, Bootstrap.DEFAULT);
    assertEquals(List.of("quarter", "previous_quarter", "previous_median", "ttr_median", "previous_low",
        "previous_high", "ttr_median_low", "ttr_median_high", "verdict"), List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q2", "2024Q1", 10.0, 100.0, 10.0, 10.0, 100.0, 100.0, "increase"),
        row("2024Q3", "2024Q2", 100.0, 110.0, 100.0, 100.0, 80.0, 140.0, "no detectable change"),
        row("2025Q1", "2024Q3", 110.0, 20.0, 80.0, 140.0, 20.0, 20.0, "decrease"),
        row("2025Q2", "2025Q1", 20.0, null, 20.0, 20.0, null, null, "insufficient data")), table(result, MedianChanges.KEYS));
  }

  @Test
  void touchingIntervalsAreNoDetectableChange() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a1").start("2024-01-02T00:00:00Z").ttr(50L).build(),
        IncidentRow.builder("b1").start("2024-04-02T00:00:00Z").ttr(50L).build());
    assertEquals(List.of(row("2024Q2", "no detectable change")),
        table(MedianChanges.of(incidents, MedianMeasure.RESOLVE, Bootstrap.DEFAULT).select("quarter", "verdict"), MedianChanges.KEYS));
  }
}
