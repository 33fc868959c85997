package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.IncidentColumns.UNDATED;
import static dev.hindsight.analysis.spark.ReportColumns.PREVIOUS_HIGH;
import static dev.hindsight.analysis.spark.ReportColumns.PREVIOUS_LOW;
import static dev.hindsight.analysis.spark.ReportColumns.PREVIOUS_MEDIAN;
import static dev.hindsight.analysis.spark.ReportColumns.PREVIOUS_QUARTER;
import static dev.hindsight.analysis.spark.ReportColumns.VERDICT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * For each dated quarter after the first, whether the median of a duration ({@link MedianMeasure}) changed from the
 * previous dated quarter by more than the bootstrap intervals allow.
 *
 * <p>Rule: {@code increase} when this quarter's interval lies wholly above the previous one ({@code low >
 * previous_high}), {@code decrease} when wholly below ({@code high < previous_low}), {@code no detectable change}
 * when the intervals overlap or touch, {@code insufficient data} when either quarter has fewer than
 * {@value #MIN_VALUES} known durations: the bootstrap of two or three values gives intervals too narrow to believe. The
 * previous quarter is the latest earlier quarter that has incidents, which is not always the calendar quarter
 * before; the undated bucket has no place in time and is never compared.
 */
public final class MedianChanges {

  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER);

  public static final String INCREASE = "increase";
  public static final String DECREASE = "decrease";
  public static final String NO_DETECTABLE_CHANGE = "no detectable change";
  public static final String INSUFFICIENT_DATA = "insufficient data";

  /** The fewest known durations in each of the two quarters for a verdict other than insufficient data. */
  public static final int MIN_VALUES = 5;

  private static final String PREVIOUS_COUNT = "previous_count";

  private MedianChanges() {}

  public static Dataset<Row> of(Dataset<Row> incidents, MedianMeasure measure, Bootstrap bootstrap) {
    return between(MedianIntervals.of(incidents, measure, bootstrap), measure);
  }

  /** The verdicts over a {@link MedianIntervals} table of {@code measure}. */
  public static Dataset<Row> between(Dataset<Row> intervals, MedianMeasure measure) {
    // One partition for the window: the table holds one row per quarter, so that costs nothing.
    WindowSpec inTime = Window.orderBy(col(QUARTER));
    Column low = col(measure.medianLow());
    Column high = col(measure.medianHigh());
    Column previousLow = col(PREVIOUS_LOW);
    Column previousHigh = col(PREVIOUS_HIGH);
    return intervals
        .filter(col(QUARTER).notEqual(lit(UNDATED)))
        .withColumn(PREVIOUS_QUARTER, lag(col(QUARTER), 1).over(inTime))
        .withColumn(PREVIOUS_MEDIAN, lag(col(measure.median()), 1).over(inTime))
        .withColumn(PREVIOUS_LOW, lag(low, 1).over(inTime))
        .withColumn(PREVIOUS_HIGH, lag(high, 1).over(inTime))
        .withColumn(PREVIOUS_COUNT, lag(col(measure.count()), 1).over(inTime))
        .filter(col(PREVIOUS_QUARTER).isNotNull())
        .withColumn(VERDICT,
            when(col(measure.count()).lt(MIN_VALUES).or(col(PREVIOUS_COUNT).lt(MIN_VALUES)), lit(INSUFFICIENT_DATA))
                .when(low.gt(previousHigh), lit(INCREASE))
                .when(high.lt(previousLow), lit(DECREASE))
                .otherwise(lit(NO_DETECTABLE_CHANGE)))
        .select(col(QUARTER), col(PREVIOUS_QUARTER), col(PREVIOUS_MEDIAN), col(measure.median()), previousLow,
            previousHigh, low, high, col(VERDICT));
  }
}
