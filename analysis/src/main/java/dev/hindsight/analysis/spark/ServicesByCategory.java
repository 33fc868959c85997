package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.CATEGORY;
import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.SERVICES;
import static dev.hindsight.analysis.spark.IncidentColumns.UNKNOWN;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.SERVICE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Affected services by root-cause category: how many incidents of each category hit each service.
 *
 * <p>Service names are trimmed and lower-cased, because documents write the same service as "Auth Service" and
 * "auth service"; blank names are dropped, a missing category counts as {@code unknown}.
 */
public final class ServicesByCategory {

  public static final String NAME = "services_by_category";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(CATEGORY, SERVICE);

  private ServicesByCategory() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    return IncidentColumns.accepted(incidents)
        .select(col(ID), coalesce(col(CATEGORY), lit(UNKNOWN)).as(CATEGORY), explode(col(SERVICES)).as(SERVICE))
        .withColumn(SERVICE, lower(trim(col(SERVICE))))
        .filter(col(SERVICE).isNotNull().and(col(SERVICE).notEqual(lit(""))))
        .groupBy(col(CATEGORY), col(SERVICE))
        .agg(countDistinct(col(ID)).as(INCIDENTS));
  }
}
