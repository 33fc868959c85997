package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.WARNING_KINDS;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.WARNINGS;
import static dev.hindsight.analysis.spark.ReportColumns.WARNING_KIND;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Warnings per kind over every input, rejected ones included (their reason is a warning kind too). */
public final class WarningKindCounts {

  public static final String NAME = "warning_kinds";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(WARNING_KIND);

  private WarningKindCounts() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return incidents
        .select(col(ID), explode(col(WARNING_KINDS)).as(WARNING_KIND))
        .filter(col(WARNING_KIND).isNotNull())
        .groupBy(col(WARNING_KIND))
        .agg(count(lit(1)).as(WARNINGS), countDistinct(col(ID)).as(INCIDENTS));
  }
}
