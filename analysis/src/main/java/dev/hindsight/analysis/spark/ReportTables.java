package dev.hindsight.analysis.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Every aggregate table of a report, named, in the order the report lists them; nothing here reads or writes. */
public final class ReportTables {

  /** The table names, which are also their file names under {@code tables/}. */
  public static final List<String> NAMES = List.of(
      QuarterlyDurations.NAME,
      MedianMeasure.RESOLVE.intervalsTable(),
      MedianMeasure.RESOLVE.changesTable(),
      MedianMeasure.DETECT.intervalsTable(),
      MedianMeasure.DETECT.changesTable(),
      FailureClassCounts.NAME,
      RecurringFailureClasses.NAME,
      FixEffectiveness.NAME,
      RedHerringMatrix.NAME,
      RedHerringsByQuarter.NAME,
      DetectionMethodMix.NAME,
      ActionTypeMix.NAME,
      ServicesByCategory.NAME,
      StatusCounts.NAME,
      WarningKindCounts.NAME,
      QualityFlagCounts.NAME,
      QualityByQuarter.NAME);

  private ReportTables() {}

  /** All tables over {@code incidents}, the quarterly trends included. */
  public static List<ReportTable> of(Dataset<Row> incidents, Bootstrap bootstrap) {
    return of(incidents, incidents, bootstrap);
  }

  /**
   * All tables: the quarterly duration trends over {@code trend} (the period plus the quarter before it, the baseline
   * of the first change), everything else over {@code incidents}. Every table reads its input again, so the caller
   * should hand in cached or Parquet-backed Datasets rather than ones that re-run parsing.
   */
  public static List<ReportTable> of(Dataset<Row> incidents, Dataset<Row> trend, Bootstrap bootstrap) {
    // Cached: each is written and also read by its changes table, and the bootstrap is the costly part.
    Dataset<Row> resolve = MedianIntervals.of(trend, MedianMeasure.RESOLVE, bootstrap).cache();
    Dataset<Row> detect = MedianIntervals.of(trend, MedianMeasure.DETECT, bootstrap).cache();
    List<ReportTable> tables = List.of(
        new ReportTable(QuarterlyDurations.NAME, QuarterlyDurations.of(trend), QuarterlyDurations.KEYS),
        new ReportTable(MedianMeasure.RESOLVE.intervalsTable(), resolve, MedianIntervals.KEYS),
        new ReportTable(MedianMeasure.RESOLVE.changesTable(), MedianChanges.between(resolve, MedianMeasure.RESOLVE),
            MedianChanges.KEYS),
        new ReportTable(MedianMeasure.DETECT.intervalsTable(), detect, MedianIntervals.KEYS),
        new ReportTable(MedianMeasure.DETECT.changesTable(), MedianChanges.between(detect, MedianMeasure.DETECT),
            MedianChanges.KEYS),
        new ReportTable(FailureClassCounts.NAME, FailureClassCounts.of(incidents), FailureClassCounts.KEYS),
        new ReportTable(RecurringFailureClasses.NAME, RecurringFailureClasses.of(incidents),
            RecurringFailureClasses.KEYS),
        new ReportTable(FixEffectiveness.NAME, FixEffectiveness.of(incidents), FixEffectiveness.KEYS, true),
        new ReportTable(RedHerringMatrix.NAME, RedHerringMatrix.of(incidents), RedHerringMatrix.KEYS),
        new ReportTable(RedHerringsByQuarter.NAME, RedHerringsByQuarter.of(incidents), RedHerringsByQuarter.KEYS),
        new ReportTable(DetectionMethodMix.NAME, DetectionMethodMix.of(incidents), DetectionMethodMix.KEYS),
        new ReportTable(ActionTypeMix.NAME, ActionTypeMix.of(incidents), ActionTypeMix.KEYS),
        new ReportTable(ServicesByCategory.NAME, ServicesByCategory.of(incidents), ServicesByCategory.KEYS),
        new ReportTable(StatusCounts.NAME, StatusCounts.of(incidents), StatusCounts.KEYS),
        new ReportTable(WarningKindCounts.NAME, WarningKindCounts.of(incidents), WarningKindCounts.KEYS),
        new ReportTable(QualityFlagCounts.NAME, QualityFlagCounts.of(incidents), QualityFlagCounts.KEYS),
        new ReportTable(QualityByQuarter.NAME, QualityByQuarter.of(incidents), QualityByQuarter.KEYS));
    // The name list and the tables are written side by side; a table added to one and not the other is a bug.
    if (!tables.stream().map(ReportTable::name).toList().equals(NAMES)) {
      throw new IllegalStateException("ReportTables.NAMES does not match the tables built");
    }
    return tables;
  }
}
