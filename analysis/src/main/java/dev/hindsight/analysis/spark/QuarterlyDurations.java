package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.IncidentColumns.TTD_MINUTES;
import static dev.hindsight.analysis.spark.IncidentColumns.TTI_MINUTES;
import static dev.hindsight.analysis.spark.IncidentColumns.TTR_MINUTES;
import static dev.hindsight.analysis.spark.ReportColumns.*;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per quarter: incident count, and time to resolve, detect and identify as count, median, p90, mean and max.
 *
 * <p>Durations are skewed (a few long outages pull the mean up), so the mean never appears without the median and
 * p90 beside it. Counts are of known values: an incident without a resolve time counts in {@code incidents} but
 * not in {@code ttr_count}. Percentiles follow {@link LinearPercentile}; means are rounded the same way. Rejected
 * rows are left out; incidents without a start are kept in the {@code undated} quarter.
 */
public final class QuarterlyDurations {

  public static final String NAME = "quarterly_durations";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER);

  private QuarterlyDurations() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    List<Column> aggregates = new ArrayList<>();
    aggregates.addAll(measure(TTR_MINUTES, TTR_COUNT, TTR_MEDIAN, TTR_P90, TTR_MEAN, TTR_MAX));
    aggregates.addAll(measure(TTD_MINUTES, TTD_COUNT, TTD_MEDIAN, TTD_P90, TTD_MEAN, TTD_MAX));
    aggregates.addAll(measure(TTI_MINUTES, TTI_COUNT, TTI_MEDIAN, TTI_P90, TTI_MEAN, TTI_MAX));
    return IncidentColumns.accepted(incidents)
        .withColumn(QUARTER, IncidentColumns.quarterBucket())
        .groupBy(col(QUARTER))
        .agg(count(lit(1)).as(INCIDENTS), aggregates.toArray(Column[]::new));
  }

  private static List<Column> measure(
      String minutes, String count, String median, String p90, String mean, String max) {
    Column values = col(minutes);
    return List.of(
        count(values).as(count),
        LinearPercentile.of(values, 0.5).as(median),
        LinearPercentile.of(values, 0.9).as(p90),
        round(avg(values), LinearPercentile.DECIMALS).as(mean),
        max(values).as(max));
  }
}
