package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class RedHerringsByQuarterTest extends LocalSparkTestBase {

  @Test
  void givesTheShareOfIncidentsMisledAndTheHoursLostPerQuarter() {
    Dataset<Row> incidents = incidents(
        // 2024Q1: three incidents, two misled; paths 2 + 3, known 1 + 3, minutes 25 + 45 = 70.
        IncidentRow.builder("a1").start("2024-01-02T00:00:00Z").cause("misconfiguration", "load-balancer")
            .misleading("database", 25L).misleading("recent-change", null).build(),
        IncidentRow.builder("a2").start("2024-02-02T00:00:00Z").cause("misconfiguration", "load-balancer")
            .misleading("database", 35L).misleading("database", 10L).misleading("cache", 0L).build(),
        IncidentRow.builder("a3").start("2024-03-02T00:00:00Z").build(),
        // Undated: two incidents, one misled for 40 minutes.
        IncidentRow.builder("u1").misleading("attack", 40L).build(),
        IncidentRow.builder("u2").build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));

    Dataset<Row> result = RedHerringsByQuarter.of(incidents);
    assertEquals(List.of("quarter", "incidents", "incidents_misleading", "misleading_share", "paths",
        "paths_with_minutes", "minutes_lost", "hours_lost"), List.of(result.columns()));
    assertEquals(List.of(
        // 2 / 3 = 0.6667; 70 / 60 = 1.1666... -> 1.17.
        row("2024Q1", 3L, 2L, 0.6667, 5L, 4L, 70L, 1.17),
        // 40 / 60 = 0.6666... -> 0.67.
        row("undated", 2L, 1L, 0.5, 1L, 1L, 40L, 0.67)), table(result, RedHerringsByQuarter.KEYS));
  }
}
