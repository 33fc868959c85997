package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FixEffectivenessTest extends LocalSparkTestBase {

  @Test
  void listsTheActionsOfEarlierIncidentsOfTheSameClassForEachRecurrence() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("lb-3").start("2024-05-01T00:00:00Z").cause("misconfiguration", "load-balancer")
            .action("Automate the config rollout", "automation").build(),
        IncidentRow.builder("lb-1").start("2024-01-10T00:00:00Z").cause("misconfiguration", "load-balancer")
            .action("Alert on 5xx at the load balancer", "monitoring")
            .action("Lint the LB config in CI", "config-validation").build(),
        // Listed no actions: still an earlier incident.
        IncidentRow.builder("lb-2").start("2024-03-01T00:00:00Z").cause("misconfiguration", "load-balancer").build(),
        // Undated: cannot be placed in time, takes no part.
        IncidentRow.builder("lb-x").cause("misconfiguration", "load-balancer").action("Never seen", "other").build(),
        // Seen once: no recurrence.
        IncidentRow.builder("db-1").start("2024-02-01T00:00:00Z").cause("bad-change", "database")
            .action("Test migrations", "testing").build(),
        // Same start: ordered by id, so dns-a comes first.
        IncidentRow.builder("dns-b").start("2024-06-01T12:00:00Z").cause("misconfiguration", "dns").build(),
        IncidentRow.builder("dns-a").start("2024-06-01T12:00:00Z").cause("misconfiguration", "dns").build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));

    Dataset<Row> result = FixEffectiveness.of(incidents);
    assertEquals(List.of("failure_class", "incident_id", "quarter", "start_utc", "earlier_incident_count",
        "earlier_incident_ids",
        "earlier_action_count", "earlier_actions"), List.of(result.columns()));
    List<Object> lb1Actions = List.of(
        List.of("lb-1", "Alert on 5xx at the load balancer", "monitoring"),
        List.of("lb-1", "Lint the LB config in CI", "config-validation"));
    assertEquals(List.of(
        row("misconfiguration/dns", "dns-b", "2024Q2", at("2024-06-01T12:00:00Z"), 1L, List.of("dns-a"), 0,
            List.of()),
        row("misconfiguration/load-balancer", "lb-2", "2024Q1", at("2024-03-01T00:00:00Z"), 1L, List.of("lb-1"), 2,
            lb1Actions),
        row("misconfiguration/load-balancer", "lb-3", "2024Q2", at("2024-05-01T00:00:00Z"), 2L,
            List.of("lb-1", "lb-2"), 2, lb1Actions)), table(result, FixEffectiveness.KEYS));
  }

  @Test
  void aRecurrenceShowsOnlyTheMostRecentEarlierIncidentsButCountsThemAll() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("q-1").start("2024-01-01T00:00:00Z").cause("capacity", "queue").action("A1", "other")
            .build(),
        IncidentRow.builder("q-2").start("2024-02-01T00:00:00Z").cause("capacity", "queue").action("A2", "other")
            .build(),
        IncidentRow.builder("q-3").start("2024-03-01T00:00:00Z").cause("capacity", "queue").build(),
        IncidentRow.builder("q-4").start("2024-04-01T00:00:00Z").cause("capacity", "queue").action("A4", "other")
            .build(),
        IncidentRow.builder("q-5").start("2024-05-01T00:00:00Z").cause("capacity", "queue").build());

    List<Object> last = table(FixEffectiveness.of(incidents), FixEffectiveness.KEYS).get(3);
    // q-1 fell out of the window of three, so its action A1 is not listed; A2 and A4 are; all four are counted.
    assertEquals(row("capacity/queue", "q-5", "2024Q2", at("2024-05-01T00:00:00Z"), 4L, List.of("q-2", "q-3", "q-4"),
        2, List.of(List.of("q-2", "A2", "other"), List.of("q-4", "A4", "other"))), last);
  }

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
