package dev.hindsight.dashboards.cli;

import org.apache.spark.sql.SparkSession;

/** The Spark session a report runs in: local by default, or the master spark-submit or {@code --master} names. */
final class ReportSession {

  private ReportSession() {}

  /** Starts (or joins, under spark-submit) the session; {@code master} null means spark-submit's or local[*]. */
  static SparkSession start(String master) {
    String resolved = master != null ? master : System.getProperty("spark.master", "local[*]");
    SparkSession.Builder builder = SparkSession.builder()
        .appName("hindsight-report")
        .master(resolved)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        // Applied as the context starts, so its start-up chatter at INFO is not printed either.
        .config("spark.log.level", "WARN");
    if (resolved.startsWith("local")) {
      // One machine: a few shuffle partitions, not 200 tiny ones; and no listening on the network. Adaptive
      // execution has nothing left to coalesce then, and re-planning each of the report's many small queries cost
      // more than it found (10,000 documents: tables 11.0 and 11.9 s without it, 12.7 and 13.8 s with it).
      builder.config("spark.sql.shuffle.partitions",
              String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())))
          .config("spark.sql.adaptive.enabled", "false")
          // Cached rows are kept uncompressed: trying each batch's values for a dictionary hashed and copied every
          // document's text, which never compresses (100,000 documents: 131.4 and 123.1 s against 136.6 and 136.0).
          .config("spark.sql.inMemoryColumnarStorage.compressed", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
