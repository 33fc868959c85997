package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ActionTypeMixTest extends LocalSparkTestBase {

  @Test
  void countsActionsAndIncidentsPerQuarterAndType() {
    Dataset<Row> incidents = incidents(
        // Two monitoring actions in one incident: two actions, one incident.
        IncidentRow.builder("a").start("2024-01-02T00:00:00Z")
            .action("Alert on disk usage", "monitoring").action("Dashboard for queue depth", "monitoring")
            .action("Write a runbook", "documentation").build(),
        IncidentRow.builder("b").start("2024-02-02T00:00:00Z").action("Alert on 5xx", "monitoring").build(),
        // No actions: nothing to count.
        IncidentRow.builder("c").start("2024-03-02T00:00:00Z").build(),
        // A type the extractor could not give: other.
        IncidentRow.builder("d").action("Buy the team lunch", null).build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));
    Dataset<Row> result = ActionTypeMix.of(incidents);
    assertEquals(List.of("quarter", "action_type", "actions", "incidents"), List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q1", "documentation", 1L, 1L),
        row("2024Q1", "monitoring", 3L, 2L),
        row("undated", "other", 1L, 1L)), table(result, ActionTypeMix.KEYS));
  }
}
