package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.HAS_OFFSET;
import static dev.hindsight.analysis.spark.IncidentColumns.QUALITY_SCORE;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static dev.hindsight.analysis.spark.ReportColumns.SCORED;
import static dev.hindsight.analysis.spark.ReportColumns.SCORE_MEAN;
import static dev.hindsight.analysis.spark.ReportColumns.SCORE_MEDIAN;
import static dev.hindsight.analysis.spark.ReportColumns.WITHOUT_OFFSET;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Per quarter: how useful the postmortems were (quality score count, median, mean) and how many gave times
 * without a zone.
 *
 * <p>{@code without_offset} counts incidents whose {@code has_offset} is false: their times were read without an
 * offset and flagged, not guessed; a null {@code has_offset} (no times at all) is not counted. Scores are rounded
 * to {@link LinearPercentile#FRACTION_DECIMALS} places.
 */
public final class QualityByQuarter {

  public static final String NAME = "quality_by_quarter";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER);

  private static final DecimalType EXACT_SCORE = DataTypes.createDecimalType(20, 8);

  private QualityByQuarter() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    int decimals = LinearPercentile.FRACTION_DECIMALS;
    return IncidentColumns.accepted(incidents)
        .withColumn(QUARTER, IncidentColumns.quarterBucket())
        .groupBy(col(QUARTER))
        .agg(
            count(lit(1)).as(INCIDENTS),
            count(col(QUALITY_SCORE)).as(SCORED),
            LinearPercentile.of(col(QUALITY_SCORE), 0.5, decimals).as(SCORE_MEDIAN),
            // Averaged as decimals: a double sum depends on the order partitions arrive in, a decimal sum does not.
            round(avg(col(QUALITY_SCORE).cast(EXACT_SCORE)), decimals).cast(DataTypes.DoubleType).as(SCORE_MEAN),
            count(when(col(HAS_OFFSET).equalTo(lit(false)), lit(1))).as(WITHOUT_OFFSET));
  }
}
