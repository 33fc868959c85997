package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class QualityByQuarterTest extends LocalSparkTestBase {

  @Test
  void givesScoreCountMedianMeanAndTimesWithoutOffsetPerQuarter() {
    Dataset<Row> incidents = incidents(
        // 2024Q1 scores 0.8, 0.85, 0.5 (sorted 0.5, 0.8, 0.85): median 0.8, mean 2.15 / 3 = 0.71666... -> 0.7167.
        IncidentRow.builder("a").start("2024-01-02T00:00:00Z").qualityScore(0.8).build(),
        IncidentRow.builder("b").start("2024-02-02T00:00:00Z").qualityScore(0.85).hasOffset(false).build(),
        IncidentRow.builder("c").start("2024-03-02T00:00:00Z").qualityScore(0.5).build(),
        // Unscored: counted as an incident, not as scored.
        IncidentRow.builder("d").start("2024-03-03T00:00:00Z").build(),
        // Undated: 0.6 and 0.9, median 0.75; one gave local times only, one gave no times (not counted).
        IncidentRow.builder("u1").qualityScore(0.6).hasOffset(false).build(),
        IncidentRow.builder("u2").qualityScore(0.9).build(),
        IncidentRow.rejected("r1", "r1.bin", "rejected"));
    Dataset<Row> result = QualityByQuarter.of(incidents);
    assertEquals(List.of("quarter", "incidents", "scored", "score_median", "score_mean", "without_offset"),
        List.of(result.columns()));
    assertEquals(List.of(
        row("2024Q1", 4L, 3L, 0.8, 0.7167, 1L),
        row("undated", 2L, 2L, 0.75, 0.75, 1L)), table(result, QualityByQuarter.KEYS));
  }
}
