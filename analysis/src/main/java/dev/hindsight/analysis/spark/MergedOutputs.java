package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A rerun's {@code incidents.jsonl} and {@code manifest.json} written from the previous report's, less the dropped
 * sources, merged with the changed rows: a pass over the old file instead of sorting every record again (at a million
 * files, gigabytes). The caller merges only over the period the previous report covered
 * ({@link #coverTheSamePeriod}). Each method returns false, leaving nothing at the target, when the previous file is
 * missing or does not agree with the changes (out of order, or not the number of entries this run has); the caller
 * then writes the file afresh, so a damaged previous report costs time, never a wrong output.
 */
final class MergedOutputs {

  private MergedOutputs() {}

  /**
   * Writes {@code incidents.jsonl} into {@code staging}: the previous report's lines merged with the changed rows the
   * period covers; true when written, which also means {@code lines} lines, as many as the covered files.
   */
  static boolean jsonLines(FileSystem fs, Path previousReport, Path staging, ExtractionCache.Changes changes,
      ReportPeriod period, long lines) {
    FileSystem raw = RawFileSystem.of(fs);
    Path previous = new Path(previousReport, ReportJob.INCIDENTS_JSONL);
    Path target = new Path(staging, ReportJob.INCIDENTS_JSONL);
    // Sorted by Spark in ranges, fetched a range at a time: the changes are few, but their records are large.
    Dataset<Row> changed = changes.changed().filter(period.keeps())
        .select(col(IncidentColumns.SOURCE), col(PostmortemFileExtractor.RECORD))
        .orderBy(IncidentColumns.SOURCE);
    try (InputStream in = raw.open(previous);
        OutputStream out = new BufferedOutputStream(raw.create(target, true), 1 << 20)) {
      MergeBySource<JsonLine> merged = new MergeBySource<>(JsonLine.read(in),
          new MappedIterator<>(changed.toLocalIterator(),
              row -> new JsonLine(row.getString(0), row.getString(1).getBytes(StandardCharsets.UTF_8))),
          JsonLine::source, changes.dropped());
      while (merged.hasNext()) {
        out.write(merged.next().bytes());
        out.write('\n');
      }
      if (merged.merged() == lines) {
        return true;
      }
    } catch (IOException | RuntimeException e) {
      // Falls through: the file is written afresh.
    }
    deleteQuietly(raw, target);
    return false;
  }

  /**
   * Writes {@code manifest.json} into {@code staging} with {@link ReportManifest#write}: the previous manifest's
   * entries merged with the changed rows'; true when written, which also means one entry per file of this run.
   */
  static boolean manifest(FileSystem fs, Path previousReport, Path staging, ExtractionCache.Changes changes,
      List<String> inputs, long maxFileBytes, ReportPeriod period, Map<String, Long> counts) {
    Path target = new Path(staging, ReportJob.MANIFEST);
    long files = counts.values().stream().mapToLong(Long::longValue).sum();
    Dataset<Row> changed = ReportManifest.entries(changes.changed(), period);
    try (ManifestEntries previous = new ManifestEntries(RawFileSystem.of(fs).open(
        new Path(previousReport, ReportJob.MANIFEST)))) {
      MergeBySource<Row> merged = new MergeBySource<>(previous, changed.toLocalIterator(),
          row -> row.getString(0), changes.dropped());
      try (OutputStream out = fs.create(target, true)) {
        ReportManifest.write(out, inputs, maxFileBytes, period, counts, merged);
      }
      if (merged.merged() == files) {
        return true;
      }
    } catch (IOException | RuntimeException e) {
      // Falls through: the manifest is written afresh.
    }
    deleteQuietly(fs, target);
    return false;
  }

  /**
   * Whether the previous report covered {@code period}, as its manifest says: its JSON lines hold the files that
   * period covered, and its manifest their in-period flags, so another period's are no base for this one's. Both
   * merges assume it.
   */
  static boolean coverTheSamePeriod(FileSystem fs, Path previousReport, ReportPeriod period) {
    try (ManifestEntries manifest = new ManifestEntries(
        RawFileSystem.of(fs).open(new Path(previousReport, ReportJob.MANIFEST)))) {
      return manifest.period().equals(period.label());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void deleteQuietly(FileSystem fs, Path target) {
    try {
      fs.delete(target, false);
    } catch (IOException ignored) {
      // The fresh write that follows replaces it.
    }
  }
}
