package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class RecurringFailureClassesTest extends LocalSparkTestBase {

  private static IncidentRow incident(String id, String start, String category, String component) {
    IncidentRow.Builder builder = IncidentRow.builder(id).cause(category, component);
    return (start == null ? builder : builder.start(start)).build();
  }

  @Test
  void listsClassesSeenTwiceWithQuartersTrendAndSortedIds() {
    Dataset<Row> incidents = incidents(
        // Load balancer: 2024Q1 x1, 2024Q2 x1, 2024Q4 x2, undated x1. k = 3: first half Q1 (1) < last half Q4 (2).
        incident("lb-4", "2024-11-02T00:00:00Z", "misconfiguration", "load-balancer"),
        incident("lb-1", "2024-01-02T00:00:00Z", "misconfiguration", "load-balancer"),
        incident("lb-2", "2024-05-02T00:00:00Z", "misconfiguration", "load-balancer"),
        incident("lb-3", "2024-10-02T00:00:00Z", "misconfiguration", "load-balancer"),
        incident("lb-0", null, "misconfiguration", "load-balancer"),
        // Database: 2024Q1 x2, 2024Q3 x1. k = 2: 2 > 1.
        incident("db-b", "2024-01-05T00:00:00Z", "bad-change", "database"),
        incident("db-a", "2024-02-05T00:00:00Z", "bad-change", "database"),
        incident("db-c", "2024-08-05T00:00:00Z", "bad-change", "database"),
        // Application: twice in one quarter, k = 1.
        incident("app-2", "2024-04-05T00:00:00Z", "software-bug", "application"),
        incident("app-1", "2024-06-05T00:00:00Z", "software-bug", "application"),
        // Storage, disk full: twice, both undated.
        incident("disk-1", null, "resource-exhaustion", "storage"),
        incident("disk-2", null, "resource-exhaustion", "storage"),
        // Seen once: not recurring.
        incident("ssd-1", "2024-03-05T00:00:00Z", "hardware-failure", "storage"),
        IncidentRow.rejected("rej", "rej.md", "rejected"));

    Dataset<Row> result = RecurringFailureClasses.of(incidents);
    assertEquals(List.of("failure_class", "category", "component", "incidents", "first_seen", "last_seen",
        "quarters_present", "undated_incidents", "trend", "incident_ids"), List.of(result.columns()));
    assertEquals(List.of(
        row("bad-change/database", "bad-change", "database", 3L, "2024Q1", "2024Q3",
            List.of("2024Q1", "2024Q3"), 0L, "falling", List.of("db-a", "db-b", "db-c")),
        row("misconfiguration/load-balancer", "misconfiguration", "load-balancer", 5L, "2024Q1", "2024Q4",
            List.of("2024Q1", "2024Q2", "2024Q4"), 1L, "rising", List.of("lb-0", "lb-1", "lb-2", "lb-3", "lb-4")),
        row("resource-exhaustion/storage", "resource-exhaustion", "storage", 2L, null, null,
            List.of(), 2L, "flat", List.of("disk-1", "disk-2")),
        row("software-bug/application", "software-bug", "application", 2L, "2024Q2", "2024Q2",
            List.of("2024Q2"), 0L, "flat", List.of("app-1", "app-2"))), table(result, RecurringFailureClasses.KEYS));
  }

  @Test
  void equalHalvesAreFlat() {
    // Four quarters 2, 1, 1, 2: first half 3, second half 3.
    Dataset<Row> incidents = incidents(
        incident("q1a", "2024-01-02T00:00:00Z", "expiry-or-time", "certificate"),
        incident("q1b", "2024-01-03T00:00:00Z", "expiry-or-time", "certificate"),
        incident("q2a", "2024-04-02T00:00:00Z", "expiry-or-time", "certificate"),
        incident("q3a", "2024-07-02T00:00:00Z", "expiry-or-time", "certificate"),
        incident("q4a", "2024-10-02T00:00:00Z", "expiry-or-time", "certificate"),
        incident("q4b", "2024-10-03T00:00:00Z", "expiry-or-time", "certificate"));
    assertEquals(List.of(row("expiry-or-time/certificate", "flat")),
        table(RecurringFailureClasses.of(incidents).select("failure_class", "trend"), RecurringFailureClasses.KEYS));
  }

  @Test
  void aLargeClassListsAtMostAHundredDistinctIdsButCountsEveryIncident() {
    IncidentRow[] rows = new IncidentRow[150];
    for (int i = 0; i < rows.length; i++) {
      // Two files with the same content share an id: i / 2 gives 75 distinct ids for 150 incidents.
      rows[i] = IncidentRow.builder(String.format("id-%03d", i / 2)).start("2024-01-02T00:00:00Z")
          .cause("capacity", "queue").build();
    }
    List<Object> only = table(RecurringFailureClasses.of(incidents(rows)), RecurringFailureClasses.KEYS).get(0);
    assertEquals(150L, only.get(3));
    assertEquals(75, ((List<?>) only.get(9)).size());

    IncidentRow[] more = new IncidentRow[130];
    for (int i = 0; i < more.length; i++) {
      more[i] = IncidentRow.builder(String.format("id-%03d", i)).start("2024-01-02T00:00:00Z")
          .cause("capacity", "queue").build();
    }
    List<?> ids = (List<?>) table(RecurringFailureClasses.of(incidents(more)), RecurringFailureClasses.KEYS)
        .get(0).get(9);
    assertEquals(RecurringFailureClasses.MAX_IDS, ids.size());
    assertEquals("id-000", ids.get(0));
    assertEquals("id-099", ids.get(99));
  }
}
