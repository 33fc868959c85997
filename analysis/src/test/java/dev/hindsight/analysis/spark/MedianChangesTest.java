package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MedianChangesTest extends LocalSparkTestBase {

  /** Five incidents started in the quarter of {@code day}, one per minutes value, ids {@code prefix1..5}. */
  private static List<IncidentRow> quarter(String prefix, String day, long... minutes) {
    List<IncidentRow> rows = new ArrayList<>();
    for (int i = 0; i < minutes.length; i++) {
      rows.add(IncidentRow.builder(prefix + (i + 1)).start(day + "T0" + i + ":00:00Z").ttr(minutes[i]).build());
    }
    return rows;
  }

  @Test
  void judgesEachChangeByWhetherTheIntervalsOverlap() {
    List<IncidentRow> rows = new ArrayList<>();
    // 2024Q1: all 10, interval [10, 10].
    rows.addAll(quarter("a", "2024-01-02", 10, 10, 10, 10, 10));
    // 2024Q2: all 100, [100, 100], wholly above -> increase.
    rows.addAll(quarter("b", "2024-04-02", 100, 100, 100, 100, 100));
    // 2024Q3: median 110, but resamples reach down to 80 and up to 140, so its interval holds 100 -> no change.
    rows.addAll(quarter("c", "2024-07-02", 80, 80, 110, 140, 140));
    // No 2024Q4. 2025Q1: all 20, wholly below 2024Q3's interval -> decrease.
    rows.addAll(quarter("d", "2025-01-02", 20, 20, 20, 20, 20));
    // 2025Q2: four values only -> insufficient data, however far apart.
    rows.addAll(quarter("e", "2025-04-02", 900, 900, 900, 900));
    // 2025Q3: incidents without resolve times -> insufficient data.
    rows.add(IncidentRow.builder("f1").start("2025-07-02T00:00:00Z").build());
    // Undated is never compared.
    rows.add(IncidentRow.builder("u1").ttr(1000L).build());

    Dataset<Row> result = MedianChanges.of(incidents(rows.toArray(IncidentRow[]::new)), MedianMeasure.RESOLVE,
        Bootstrap.DEFAULT);
    assertEquals(List.of("quarter", "previous_quarter", "previous_median", "ttr_median", "previous_low",
        "previous_high", "ttr_median_low", "ttr_median_high", "verdict"), List.of(result.columns()));
    List<List<Object>> table = table(result.select("quarter", "previous_quarter", "previous_median", "ttr_median",
        "verdict"), MedianChanges.KEYS);
    assertEquals(List.of(
        row("2024Q2", "2024Q1", 10.0, 100.0, "increase"),
        row("2024Q3", "2024Q2", 100.0, 110.0, "no detectable change"),
        row("2025Q1", "2024Q3", 110.0, 20.0, "decrease"),
        row("2025Q2", "2025Q1", 20.0, 900.0, "insufficient data"),
        row("2025Q3", "2025Q2", 900.0, null, "insufficient data")), table);
  }

  @Test
  void touchingIntervalsAreNoDetectableChange() {
    List<IncidentRow> rows = new ArrayList<>(quarter("a", "2024-01-02", 50, 50, 50, 50, 50));
    rows.addAll(quarter("b", "2024-04-02", 50, 50, 50, 50, 50));
    assertEquals(List.of(row("2024Q2", "no detectable change")),
        table(MedianChanges.of(incidents(rows.toArray(IncidentRow[]::new)), MedianMeasure.RESOLVE, Bootstrap.DEFAULT)
            .select("quarter", "verdict"), MedianChanges.KEYS));
  }
}
