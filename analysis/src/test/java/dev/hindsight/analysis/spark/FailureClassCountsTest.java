package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FailureClassCountsTest extends LocalSparkTestBase {

  @Test
  void countsIncidentsPerQuarterAndClassUndatedIncluded() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").start("2024-01-02T00:00:00Z").cause("misconfiguration", "load-balancer").build(),
        IncidentRow.builder("b").start("2024-02-02T00:00:00Z").cause("misconfiguration", "load-balancer").build(),
        IncidentRow.builder("c").start("2024-02-03T00:00:00Z").cause("bad-change", "database").build(),
        IncidentRow.builder("d").start("2024-05-02T00:00:00Z").cause("misconfiguration", "load-balancer").build(),
        IncidentRow.builder("e").cause("misconfiguration", "load-balancer").build(),
        IncidentRow.rejected("r", "r.md", "rejected"));
    Dataset<Row> result = FailureClassCounts.of(incidents);
    assertEquals(List.of("quarter", "failure_class", "category", "component", "incidents"),
        List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q1", "bad-change/database", "bad-change", "database", 1L),
        row("2024Q1", "misconfiguration/load-balancer", "misconfiguration", "load-balancer", 2L),
        row("2024Q2", "misconfiguration/load-balancer", "misconfiguration", "load-balancer", 1L),
        row("undated", "misconfiguration/load-balancer", "misconfiguration", "load-balancer", 1L)), table(result, FailureClassCounts.KEYS));
  }
}
