package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest extends LocalSparkTestBase {

  @Test
  void buildsEveryNamedTableInOrder() {
    List<ReportTable> tables = ReportTables.of(incidents(IncidentRow.builder("a").build()), Bootstrap.DEFAULT);
    assertEquals(ReportTables.NAMES, tables.stream().map(ReportTable::name).toList());
    // The list: durations; resolve and detect intervals and changes; classes, recurrences, fixes; red
    // herrings twice; detection, actions, services; status, warnings, quality flags, quality by quarter.
    assertEquals(17, ReportTables.NAMES.size());
  }

  @Test
  void rejectsKeysThatAreNotColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReportTable("t", incidents().select("id"), List.of("quarter")));
    assertEquals("key quarter of table t is not among its columns [id]", e.getMessage());
  }
}
