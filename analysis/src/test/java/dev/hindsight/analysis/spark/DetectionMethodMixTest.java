package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class DetectionMethodMixTest extends LocalSparkTestBase {

  @Test
  void countsIncidentsPerQuarterAndDetectionMethod() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").start("2024-01-02T00:00:00Z").detection("monitoring").build(),
        IncidentRow.builder("b").start("2024-02-02T00:00:00Z").detection("monitoring").build(),
        IncidentRow.builder("c").start("2024-03-02T00:00:00Z").detection("customer-report").build(),
        // No method known: unknown.
        IncidentRow.builder("d").start("2024-04-02T00:00:00Z").build(),
        IncidentRow.builder("e").detection("manual").build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));
    Dataset<Row> result = DetectionMethodMix.of(incidents);
    assertEquals(List.of("quarter", "detection_method", "incidents"), List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q1", "customer-report", 1L),
        row("2024Q1", "monitoring", 2L),
        row("2024Q2", "unknown", 1L),
        row("undated", "manual", 1L)), table(result, DetectionMethodMix.KEYS));
  }
}
