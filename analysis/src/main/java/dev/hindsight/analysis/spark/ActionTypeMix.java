package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.ACTIONS;
import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.ReportColumns.ACTION_COUNT;
import static dev.hindsight.analysis.spark.ReportColumns.ACTION_TYPE;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Corrective actions per quarter and action type: how many actions, and how many incidents listed at least one.
 *
 * <p>An action without a type counts as {@code other}, the taxonomy's catch-all.
 */
public final class ActionTypeMix {

  public static final String NAME = "action_types";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER, ACTION_TYPE);

  /** The taxonomy's action type for what fits no other. */
  public static final String OTHER = "other";

  private static final String ACTION = "action";

  private ActionTypeMix() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .select(col(ID), IncidentColumns.quarterBucket().as(QUARTER), explode(col(ACTIONS)).as(ACTION))
        .select(col(ID), col(QUARTER),
            coalesce(col(ACTION).getField(IncidentColumns.ACTION_TYPE), lit(OTHER)).as(ACTION_TYPE))
        .groupBy(col(QUARTER), col(ACTION_TYPE))
        .agg(count(lit(1)).as(ACTION_COUNT), countDistinct(col(ID)).as(INCIDENTS));
  }
}
