package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.DETECTION_METHOD;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.IncidentColumns.UNKNOWN;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Incidents per quarter and detection method; a missing method counts as {@code unknown}. */
public final class DetectionMethodMix {

  public static final String NAME = "detection_methods";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER, DETECTION_METHOD);

  private DetectionMethodMix() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .select(IncidentColumns.quarterBucket().as(QUARTER),
            coalesce(col(DETECTION_METHOD), lit(UNKNOWN)).as(DETECTION_METHOD))
        .groupBy(col(QUARTER), col(DETECTION_METHOD))
        .agg(count(lit(1)).as(INCIDENTS));
  }
}
