package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class RedHerringMatrixTest extends LocalSparkTestBase {

  @Test
  void countsPathsIncidentsAndKnownMinutesPerHypothesisAndActualComponent() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("r1").cause("misconfiguration", "load-balancer")
            .misleading("database", 25L).misleading("recent-change", null).build(),
        // Two database paths in one incident: two paths, one incident.
        IncidentRow.builder("r2").start("2024-02-01T00:00:00Z").cause("misconfiguration", "load-balancer")
            .misleading("database", 35L).misleading("database", 10L).build(),
        IncidentRow.builder("r3").start("2024-05-01T00:00:00Z").cause("security-incident", "dns")
            .misleading("attack", 40L).build(),
        IncidentRow.builder("r4").cause("misconfiguration", "load-balancer").build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));

    Dataset<Row> result = RedHerringMatrix.of(incidents);
    assertEquals(List.of("hypothesis", "component", "paths", "incidents", "minutes_lost", "paths_with_minutes"),
        List.of(result.columns()));
    assertEquals(List.of(
        row("attack", "dns", 1L, 1L, 40L, 1L),
        // 25 + 35 + 10.
        row("database", "load-balancer", 3L, 2L, 70L, 3L),
        // Minutes unknown: 0 lost of 0 known, not "cost nothing".
        row("recent-change", "load-balancer", 1L, 1L, 0L, 0L)), table(result, RedHerringMatrix.KEYS));
  }
}
