package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.CATEGORY;
import static dev.hindsight.analysis.spark.IncidentColumns.COMPONENT;
import static dev.hindsight.analysis.spark.IncidentColumns.FAILURE_CLASS;
import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.IncidentColumns.UNDATED;
import static dev.hindsight.analysis.spark.ReportColumns.FIRST_SEEN;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENT_IDS;
import static dev.hindsight.analysis.spark.ReportColumns.LAST_SEEN;
import static dev.hindsight.analysis.spark.ReportColumns.QUARTERS_PRESENT;
import static dev.hindsight.analysis.spark.ReportColumns.TREND;
import static dev.hindsight.analysis.spark.ReportColumns.UNDATED_INCIDENTS;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Failure classes with two or more incidents: first and last quarter seen, the quarters present, a trend, and the
 * incident ids (sorted, distinct, at most {@value #MAX_IDS}: a row must stay small when a class has thousands of
 * incidents; {@code incidents} always holds the full count).
 *
 * <p>Quarters present, first and last seen count dated incidents only; undated ones count in {@code incidents} and
 * {@code undated_incidents}. Trend: take the k dated quarters present in order, add up the incidents of the first
 * {@code floor(k/2)} and of the last {@code floor(k/2)} (the middle quarter of an odd k sits in neither half):
 * {@code rising} when the second half has more, {@code falling} when fewer, {@code flat} when equal, which includes
 * every class seen in fewer than two dated quarters.
 */
public final class RecurringFailureClasses {

  public static final String NAME = "recurring_failure_classes";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(FAILURE_CLASS);

  public static final String RISING = "rising";
  public static final String FALLING = "falling";
  public static final String FLAT = "flat";

  /** The most incident ids one row lists. */
  public static final int MAX_IDS = 100;

  private static final String IDS = "ids";
  private static final String POSITION = "position";
  private static final String DATED_QUARTERS = "dated_quarters";
  private static final String FIRST_HALF = "first_half";
  private static final String SECOND_HALF = "second_half";

  private RecurringFailureClasses() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    Column dated = col(QUARTER).notEqual(lit(UNDATED));
    Column datedQuarter = when(dated, col(QUARTER));
    Column half = col(DATED_QUARTERS).divide(2).cast("int");
    Dataset<Row> perQuarter = IncidentColumns.accepted(incidents)
        .filter(col(FAILURE_CLASS).isNotNull())
        .withColumn(QUARTER, IncidentColumns.quarterBucket())
        .groupBy(col(FAILURE_CLASS), col(CATEGORY), col(COMPONENT), col(QUARTER))
        .agg(count(lit(1)).as(INCIDENTS), collect_list(col(ID)).as(IDS))
        // "undated" sorts after every "yyyyQn", so dated quarters take positions 1..k.
        .withColumn(POSITION, row_number().over(Window.partitionBy(col(FAILURE_CLASS)).orderBy(col(QUARTER))))
        .withColumn(DATED_QUARTERS, count(datedQuarter).over(Window.partitionBy(col(FAILURE_CLASS))));
    return perQuarter
        .groupBy(col(FAILURE_CLASS), col(CATEGORY), col(COMPONENT))
        .agg(
            sum(col(INCIDENTS)).as(INCIDENTS),
            min(datedQuarter).as(FIRST_SEEN),
            max(datedQuarter).as(LAST_SEEN),
            array_sort(collect_list(datedQuarter)).as(QUARTERS_PRESENT),
            sum(when(col(QUARTER).equalTo(lit(UNDATED)), col(INCIDENTS)).otherwise(0L)).as(UNDATED_INCIDENTS),
            sum(when(dated.and(col(POSITION).leq(half)), col(INCIDENTS)).otherwise(0L)).as(FIRST_HALF),
            sum(when(dated.and(col(POSITION).gt(col(DATED_QUARTERS).minus(half))), col(INCIDENTS)).otherwise(0L))
                .as(SECOND_HALF),
            slice(array_sort(array_distinct(flatten(collect_list(col(IDS))))), 1, MAX_IDS).as(INCIDENT_IDS))
        .filter(col(INCIDENTS).geq(2))
        .withColumn(TREND,
            when(col(SECOND_HALF).gt(col(FIRST_HALF)), lit(RISING))
                .when(col(SECOND_HALF).lt(col(FIRST_HALF)), lit(FALLING))
                .otherwise(lit(FLAT)))
        .select(col(FAILURE_CLASS), col(CATEGORY), col(COMPONENT), col(INCIDENTS), col(FIRST_SEEN), col(LAST_SEEN),
            col(QUARTERS_PRESENT), col(UNDATED_INCIDENTS), col(TREND), col(INCIDENT_IDS));
  }
}
