package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.CATEGORY;
import static dev.hindsight.analysis.spark.IncidentColumns.COMPONENT;
import static dev.hindsight.analysis.spark.IncidentColumns.FAILURE_CLASS;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Incidents per quarter and failure class (category x component), the undated bucket included. */
public final class FailureClassCounts {

  public static final String NAME = "failure_class_counts";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER, FAILURE_CLASS);

  private FailureClassCounts() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .filter(col(FAILURE_CLASS).isNotNull())
        .withColumn(QUARTER, IncidentColumns.quarterBucket())
        .groupBy(col(QUARTER), col(FAILURE_CLASS), col(CATEGORY), col(COMPONENT))
        .agg(count(lit(1)).as(INCIDENTS));
  }
}
