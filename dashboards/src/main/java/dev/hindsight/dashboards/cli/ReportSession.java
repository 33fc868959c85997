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
      // One machine: a few shuffle partitions, not 200 tiny ones; and no listening on the network.
      builder.config("spark.sql.shuffle.partitions",
              String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())))
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
