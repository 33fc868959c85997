package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes report tables under {@code <out>/tables/}: each as Parquet in {@code <name>/} and as one CSV file
 * {@code <name>.csv}. This is the I/O edge; the tables themselves come from {@link ReportTables}.
 *
 * <p>The CSV is byte-for-byte reproducible: rows sorted by the table's keys in a single partition, RFC 4180 quoting
 * ({@code "} doubled), {@code \n} line ends, UTF-8, values not trimmed, nulls as empty fields, decimals in plain
 * notation without trailing zeros (never {@code 1.0E7}), timestamps as {@code 2024-07-22T12:00:00Z} in UTC whatever
 * the session zone, and arrays and structs as JSON. Paths are Hadoop paths, so this works on HDFS and S3 too.
 */
public final class ReportTableWriter {

  /** The folder under the output folder that holds the tables. */
  public static final String TABLES = "tables";

  // Enough to overlap the scheduling gaps of small jobs without queueing more work than two cores can run.
  private static final int CONCURRENT_TABLES = 4;

  private static final Map<String, String> CSV_OPTIONS = Map.of(
      "header", "true",
      "encoding", "UTF-8",
      "lineSep", "\n",
      "quote", "\"",
      "escape", "\"",
      "ignoreLeadingWhiteSpace", "false",
      "ignoreTrailingWhiteSpace", "false",
      "timeZone", "UTC",
      "timestampFormat", "yyyy-MM-dd'T'HH:mm:ssXXX");

  // Four places hold every number the tables round (two for minutes, four for shares and scores) exactly.
  private static final DataType PLAIN_DECIMAL = DataTypes.createDecimalType(38, 4);

  private ReportTableWriter() {}

  /**
   * Writes every table, replacing any of the same name; returns the milliseconds each took, by name. Tables are
   * small, so their jobs are mostly scheduling overhead; a few are submitted at once to overlap it (Spark runs jobs
   * from several threads side by side). Each table has its own files, so the output does not depend on the order.
   */
  public static Map<String, Long> write(List<ReportTable> tables, String outDir) {
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_TABLES, runnable -> {
      Thread thread = new Thread(runnable, "hindsight-table-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (ReportTable table : tables) {
        runs.add(pool.submit(() -> {
          long started = System.currentTimeMillis();
          write(table, outDir);
          return System.currentTimeMillis() - started;
        }));
      }
      Map<String, Long> millis = new LinkedHashMap<>();
      for (int i = 0; i < tables.size(); i++) {
        millis.put(tables.get(i).name(), result(runs.get(i), tables.get(i).name()));
      }
      return millis;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long result(Future<Long> run, String table) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing table " + table, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("could not write table " + table + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  /** Writes one table as {@code <out>/tables/<name>/} (Parquet) and {@code <out>/tables/<name>.csv}. */
  public static void write(ReportTable table, String outDir) {
    Path folder = new Path(outDir, TABLES);
    // Cached because it is written twice.
    Dataset<Row> ordered = table.sorted().persist(StorageLevel.MEMORY_AND_DISK());
    Path staging = new Path(folder, "_" + table.name() + ".csv.tmp");
    try {
      ordered.write().mode(SaveMode.Overwrite).parquet(new Path(folder, table.name()).toString());
      csvView(ordered).write().mode(SaveMode.Overwrite).options(CSV_OPTIONS).csv(staging.toString());
    } finally {
      ordered.unpersist(false);
    }
    try {
      FileSystem fs = folder.getFileSystem(table.data().sparkSession().sparkContext().hadoopConfiguration());
      // Every part file starts with this header line; an empty table may leave no part file and still gets it.
      byte[] header = (String.join(",", table.data().schema().fieldNames()) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ReportPublisher.joinParts(fs, staging, new Path(folder, table.name() + ".csv"), header);
    } catch (IOException e) {
      throw new UncheckedIOException("could not publish table " + table.name() + " under " + folder, e);
    }
  }

  /** The table with every column as CSV can hold it: numbers in plain notation, arrays and structs as JSON. */
  static Dataset<Row> csvView(Dataset<Row> data) {
    Column[] columns = Arrays.stream(data.schema().fields())
        .map(field -> csvColumn(field).as(field.name()))
        .toArray(Column[]::new);
    return data.select(columns);
  }

  private static Column csvColumn(StructField field) {
    Column value = col(field.name());
    DataType type = field.dataType();
    if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType)) {
      // Through a fixed-scale decimal, then without trailing zeros: 46.5, 46, 0.3333.
      return regexp_replace(value.cast(PLAIN_DECIMAL).cast(DataTypes.StringType), lit("\\.?0+$"), lit(""));
    }
    if (type instanceof ArrayType || type instanceof StructType || type instanceof MapType) {
      return to_json(value);
    }
    return value;
  }
}
