package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.MINUTES_LOST;
import static dev.hindsight.analysis.spark.IncidentColumns.MISLEADING;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.ReportColumns.HOURS_LOST;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS_MISLEADING;
import static dev.hindsight.analysis.spark.ReportColumns.MISLEADING_SHARE;
import static dev.hindsight.analysis.spark.ReportColumns.PATHS;
import static dev.hindsight.analysis.spark.ReportColumns.PATHS_WITH_MINUTES;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per quarter: the share of incidents that pursued at least one misleading path, and the time those paths cost.
 *
 * <p>{@code misleading_share} is incidents with a path over incidents, rounded to {@link
 * LinearPercentile#FRACTION_DECIMALS} places; minutes and hours lost add up the paths whose minutes are known
 * ({@code paths_with_minutes} of {@code paths}); hours are minutes / 60 rounded to {@link LinearPercentile#DECIMALS}.
 */
public final class RedHerringsByQuarter {

  public static final String NAME = "red_herrings_by_quarter";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER);

  private RedHerringsByQuarter() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    Column paths = col(MISLEADING);
    // size() of a null array depends on ANSI and legacy settings; an explicit branch does not.
    Column pathCount = when(paths.isNull(), lit(0)).otherwise(size(paths));
    Column knownCount = when(paths.isNull(), lit(0))
        .otherwise(size(filter(paths, path -> path.getField(MINUTES_LOST).isNotNull())));
    Column minutes = coalesce(
        aggregate(paths, lit(0L), (total, path) -> total.plus(coalesce(path.getField(MINUTES_LOST), lit(0L)))),
        lit(0L));
    return IncidentColumns.accepted(incidents)
        .select(IncidentColumns.quarterBucket().as(QUARTER), pathCount.as(PATHS), knownCount.as(PATHS_WITH_MINUTES),
            minutes.as(MINUTES_LOST))
        .groupBy(col(QUARTER))
        .agg(
            count(lit(1)).as(INCIDENTS),
            count(when(col(PATHS).gt(0), lit(1))).as(INCIDENTS_MISLEADING),
            sum(col(PATHS)).as(PATHS),
            sum(col(PATHS_WITH_MINUTES)).as(PATHS_WITH_MINUTES),
            sum(col(MINUTES_LOST)).as(MINUTES_LOST))
        .withColumn(MISLEADING_SHARE,
            round(col(INCIDENTS_MISLEADING).divide(col(INCIDENTS)), LinearPercentile.FRACTION_DECIMALS))
        .withColumn(HOURS_LOST, round(col(MINUTES_LOST).divide(lit(60.0)), LinearPercentile.DECIMALS))
        .select(col(QUARTER), col(INCIDENTS), col(INCIDENTS_MISLEADING), col(MISLEADING_SHARE), col(PATHS),
            col(PATHS_WITH_MINUTES), col(MINUTES_LOST), col(HOURS_LOST));
  }
}
