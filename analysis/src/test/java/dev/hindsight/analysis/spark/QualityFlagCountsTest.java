package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class QualityFlagCountsTest extends LocalSparkTestBase {

  @Test
  void countsIncidentsPerQualityFlag() {
    Dataset<Row> incidents = incidents(
        IncidentRow.builder("a").qualityFlags("conflicting-times", "human-error-as-cause").build(),
        IncidentRow.builder("b").qualityFlags("conflicting-times").build(),
        IncidentRow.builder("c").build(),
        IncidentRow.rejected("r1", "r1.bin", "rejected"));
    Dataset<Row> result = QualityFlagCounts.of(incidents);
    assertEquals(List.of("quality_flag", "incidents"), List.of(result.columns()));
    assertEquals(List.of(row("conflicting-times", 2L), row("human-error-as-cause", 1L)), table(result, QualityFlagCounts.KEYS));
  }
}
