package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class WarningKindCountsTest extends LocalSparkTestBase {

  @Test
  void countsWarningsAndIncidentsPerKindRejectedIncluded() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").status("partial").warningKinds("no-offset", "no-offset", "doubtful-time").build(),
        IncidentRow.builder("b").status("partial").warningKinds("no-offset").build(),
        IncidentRow.builder("c").build(),
        IncidentRow.rejected("r1", "r1.bin", "rejected"));
    Dataset<Row> result = WarningKindCounts.of(incidents);
    assertEquals(List.of("warning_kind", "warnings", "incidents"), List.of(result.columns()));
    assertEquals(List.of(
        row("doubtful-time", 1L, 1L),
        row("no-offset", 3L, 2L),
        row("rejected", 1L, 1L)), table(result, WarningKindCounts.KEYS));
  }
}
