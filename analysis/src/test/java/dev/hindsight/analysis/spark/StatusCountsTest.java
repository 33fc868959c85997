package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class StatusCountsTest extends LocalSparkTestBase {

  @Test
  void countsEveryStatusIncludingThoseWithNoDocuments() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").build(),
        IncidentRow.builder("b").start("2024-01-02T00:00:00Z").build(),
        IncidentRow.rejected("r1", "r1.md", "rejected"),
        IncidentRow.rejected("r2", "r2.bin", "rejected", "too-large"));
    Dataset<Row> result = StatusCounts.of(incidents);
    assertEquals(List.of("status", "incidents"), List.of(result.columns()));
    assertEquals(List.of(row("ok", 2L), row("partial", 0L), row("rejected", 2L)), table(result, StatusCounts.KEYS));
  }
}
