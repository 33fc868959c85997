package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.COMPONENT;
import static dev.hindsight.analysis.spark.IncidentColumns.HYPOTHESIS;
import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.MINUTES_LOST;
import static dev.hindsight.analysis.spark.IncidentColumns.MISLEADING;
import static dev.hindsight.analysis.spark.IncidentColumns.UNKNOWN;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.PATHS;
import static dev.hindsight.analysis.spark.ReportColumns.PATHS_WITH_MINUTES;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Red herrings: hypothesis pursued x the component actually at fault, with paths, incidents and minutes lost.
 *
 * <p>Minutes lost is the sum over the paths whose minutes are known (0 when none is); {@code paths_with_minutes}
 * says how many that was, so an unknown is never read as "cost nothing". A missing hypothesis or component is
 * counted as {@code unknown}.
 */
public final class RedHerringMatrix {

  public static final String NAME = "red_herring_matrix";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(HYPOTHESIS, COMPONENT);

  private static final String PATH = "path";

  private RedHerringMatrix() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .select(col(ID), coalesce(col(COMPONENT), lit(UNKNOWN)).as(COMPONENT), explode(col(MISLEADING)).as(PATH))
        .select(col(ID), col(COMPONENT),
            coalesce(col(PATH).getField(HYPOTHESIS), lit(UNKNOWN)).as(HYPOTHESIS),
            col(PATH).getField(MINUTES_LOST).as(MINUTES_LOST))
        .groupBy(col(HYPOTHESIS), col(COMPONENT))
        .agg(
            count(lit(1)).as(PATHS),
            countDistinct(col(ID)).as(INCIDENTS),
            coalesce(sum(col(MINUTES_LOST)), lit(0L)).as(MINUTES_LOST),
            count(col(MINUTES_LOST)).as(PATHS_WITH_MINUTES));
  }
}
