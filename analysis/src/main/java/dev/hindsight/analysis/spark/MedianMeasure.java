package dev.hindsight.analysis.spark;

import java.util.Locale;

/** A duration whose quarterly median gets a bootstrap interval and a change verdict: its column and table names. */
public enum MedianMeasure {
  /** Time to resolve: start to service restored. */
  RESOLVE("resolve", IncidentColumns.TTR_MINUTES, "ttr"),
  /** Time to detect: start to the first sign someone noticed. */
  DETECT("detect", IncidentColumns.TTD_MINUTES, "ttd");

  private final String table;
  private final String minutes;
  private final String prefix;

  MedianMeasure(String table, String minutes, String prefix) {
    this.table = table;
    this.minutes = minutes;
    this.prefix = prefix;
  }

  /** The incidents column of minutes the measure reads. */
  public String minutesColumn() {
    return minutes;
  }

  /** {@code resolve_median_intervals}, {@code detect_median_intervals}. */
  public String intervalsTable() {
    return table + "_median_intervals";
  }

  /** {@code resolve_median_changes}, {@code detect_median_changes}. */
  public String changesTable() {
    return table + "_median_changes";
  }

  /** Values with a known duration, e.g. {@code ttr_count}. */
  public String count() {
    return prefix + "_count";
  }

  public String median() {
    return prefix + "_median";
  }

  /** Lower end of the bootstrap interval of the median, e.g. {@code ttr_median_low}. */
  public String medianLow() {
    return prefix + "_median_low";
  }

  public String medianHigh() {
    return prefix + "_median_high";
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
