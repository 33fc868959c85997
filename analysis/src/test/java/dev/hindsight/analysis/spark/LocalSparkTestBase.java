package dev.hindsight.analysis.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of the Spark tests: one {@code local[2]} session for the whole JVM, stopped (and the active and default
 * sessions cleared) when the last test class is done, plus small helpers to build incidents and read results.
 */
@ExtendWith(LocalSparkTestBase.SharedSession.class)
abstract class LocalSparkTestBase {

  static SparkSession spark() {
    return SharedSession.session;
  }

  /** An incidents table holding {@code rows}, under the one explicit schema. */
  static Dataset<Row> incidents(IncidentRow... rows) {
    List<Row> sparkRows = Stream.of(rows).map(IncidentRow::toRow).toList();
    return spark().createDataFrame(sparkRows, IncidentColumns.SCHEMA);
  }

  /** A small result sorted by {@code keys} as plain Java values, arrays and structs as lists. */
  static List<List<Object>> table(Dataset<Row> result, List<String> keys) {
    // Only small aggregate results are collected here, never anything shaped like a corpus.
    return new ReportTable("under-test", result, keys).sorted().collectAsList().stream()
        .map(LocalSparkTestBase::values)
        .toList();
  }

  /** One expected row; nulls allowed. */
  static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  private static List<Object> values(Row row) {
    StructType schema = row.schema();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      if (row.isNullAt(i)) {
        values.add(null);
      } else if (schema.fields()[i].dataType() instanceof ArrayType) {
        values.add(row.getList(i).stream().map(LocalSparkTestBase::plain).toList());
      } else {
        values.add(plain(row.get(i)));
      }
    }
    return values;
  }

  private static Object plain(Object value) {
    return value instanceof Row nested ? values(nested) : value;
  }

  /** Starts the session on first use and registers it to be stopped when the JVM's test run ends. */
  static final class SharedSession implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static volatile SparkSession session;

    @Override
    public void beforeAll(ExtensionContext context) {
      // The root store outlives every test class and closes its resources once, after the last one.
      context.getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(SharedSession.class, key -> start(), SharedSession.class);
    }

    private static SharedSession start() {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("hindsight-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      // Spark logs every task at INFO; the test output should show warnings only.
      session.sparkContext().setLogLevel("WARN");
      return new SharedSession();
    }

    @Override
    public void close() {
      try {
        session.stop();
      } finally {
        SparkSession.clearActiveSession();
        SparkSession.clearDefaultSession();
        session = null;
      }
    }
  }
}
