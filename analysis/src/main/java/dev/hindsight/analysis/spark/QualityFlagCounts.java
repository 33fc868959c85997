package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.QUALITY_FLAGS;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.QUALITY_FLAG;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Incidents per postmortem quality flag (conflicting times, human error as cause, ...). */
public final class QualityFlagCounts {

  public static final String NAME = "quality_flags";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUALITY_FLAG);

  private QualityFlagCounts() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .select(col(ID), explode(col(QUALITY_FLAGS)).as(QUALITY_FLAG))
        .filter(col(QUALITY_FLAG).isNotNull())
        .groupBy(col(QUALITY_FLAG))
        .agg(countDistinct(col(ID)).as(INCIDENTS));
  }
}
