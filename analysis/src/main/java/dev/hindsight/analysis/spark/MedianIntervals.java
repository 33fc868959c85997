package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per quarter: the median of a duration ({@link MedianMeasure}) with a seeded bootstrap interval ({@link Bootstrap}),
 * undated included.
 *
 * <p>Each quarter's resolve times are gathered into one sorted list inside Spark (a quarter is small after
 * grouping) and resampled on the executor that holds it; nothing reaches the driver.
 */
public final class MedianIntervals {

  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(QUARTER);

  private static final String VALUES = "values";

  private MedianIntervals() {}

  /** The table's schema for {@code measure}: quarter, count, median, median_low, median_high. */
  public static StructType schema(MedianMeasure measure) {
    return new StructType()
        .add(QUARTER, DataTypes.StringType, false)
        .add(measure.count(), DataTypes.LongType, false)
        .add(measure.median(), DataTypes.DoubleType, true)
        .add(measure.medianLow(), DataTypes.DoubleType, true)
        .add(measure.medianHigh(), DataTypes.DoubleType, true);
  }

  public static Dataset<Row> of(Dataset<Row> incidents, MedianMeasure measure, Bootstrap bootstrap) {
    MapFunction<Row, Row> interval = row -> intervalRow(row, bootstrap);
    return IncidentColumns.accepted(incidents)
        .withColumn(QUARTER, IncidentColumns.quarterBucket())
        .groupBy(col(QUARTER))
        // Sorted so the resamples do not depend on the order rows arrived in from the partitions.
        .agg(array_sort(collect_list(col(measure.minutesColumn()))).as(VALUES))
        .map(interval, Encoders.row(schema(measure)));
  }

  private static Row intervalRow(Row grouped, Bootstrap bootstrap) {
    String quarter = grouped.getString(0);
    List<Long> minutes = grouped.getList(1);
    double[] sorted = minutes.stream().mapToDouble(Long::doubleValue).toArray();
    if (sorted.length == 0) {
      return RowFactory.create(quarter, 0L, null, null, null);
    }
    double[] bounds = bootstrap.medianInterval(quarter, sorted);
    double median = LinearPercentile.round(LinearPercentile.ofSorted(sorted, 0.5));
    return RowFactory.create(quarter, (long) sorted.length, median, bounds[0], bounds[1]);
  }
}
