package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ServicesByCategoryTest extends LocalSparkTestBase {

  @Test
  void countsIncidentsPerCategoryAndNormalisedServiceName() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").cause("misconfiguration", "load-balancer")
            .services("Auth Service", "checkout").build(),
        // Same service in other spelling; listed twice in one incident still counts the incident once.
        IncidentRow.builder("b").cause("misconfiguration", "dns").services(" auth service", "AUTH SERVICE").build(),
        IncidentRow.builder("c").cause("bad-change", "database").services("checkout", " ").build(),
        IncidentRow.builder("d").services("search").build(),
        IncidentRow.rejected("rej", "rej.md", "rejected"));
    Dataset<Row> result = ServicesByCategory.of(incidents);
    assertEquals(List.of("category", "service", "incidents"), List.of(result.columns()));
    assertEquals(List.of(
        row("bad-change", "checkout", 1L),
        row("misconfiguration", "auth service", 2L),
        row("misconfiguration", "checkout", 1L),
        row("unknown", "search", 1L)), table(result, ServicesByCategory.KEYS));
  }
}
