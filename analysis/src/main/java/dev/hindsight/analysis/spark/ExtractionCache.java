package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The extracted rows of a report, kept in its {@code cache/} folder so that the next run over mostly the same files
 * extracts only what changed. A row is keyed by its source and the SHA-256 of the file's bytes and is valid under one
 * {@link ExtractorFingerprint}; it keeps the record and the incidents columns but not the texts, because the
 * report's search index already holds those of every incident it covered ({@link #INDEXED}).
 */
final class ExtractionCache {

  /** The folder of the report that holds the cache. */
  static final String FOLDER = "cache";
  /** Whether the row's incident is in the report's search index. */
  static final String INDEXED = "indexed";

  private static final String ROWS = "rows";
  // Set on the cached side of the join: the file was found.
  private static final String HIT = "cache_hit";
  private static final String FINGERPRINT = "fingerprint";
  // The columns a reused row takes from the cache: everything extracted except the texts and the reuse flag.
  private static final List<String> KEPT = kept();

  // The layout of the cached rows: the kept columns, as the extractor types them, then the index flag.
  private static final StructType SCHEMA = schema();

  private ExtractionCache() {}

  /**
   * The cached rows of the report at {@code out}, if it has a cache made under {@code fingerprint} and the search
   * index its {@link #INDEXED} flags refer to; empty otherwise (first run, other code or models, damaged report).
   */
  static Optional<Dataset<Row>> previous(SparkSession spark, FileSystem fs, Path out, String fingerprint) {
    Path folder = new Path(out, FOLDER);
    try {
      if (!fs.exists(new Path(folder, ROWS)) || !fs.exists(new Path(out, ReportJob.INDEX))) {
        return Optional.empty();
      }
      // Raw: a stamp edited by hand fails its checksum, and that only means "do not trust this cache".
      FileSystem raw = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
      String stamped;
      try (InputStream in = raw.open(new Path(folder, FINGERPRINT))) {
        stamped = new String(in.readNBytes(256), StandardCharsets.UTF_8).strip();
      }
      if (!stamped.equals(fingerprint)) {
        return Optional.empty();
      }
      Dataset<Row> rows = spark.read().parquet(new Path(folder, ROWS).toString());
      // A cache is an optimisation: one not in this layout, or whose files' footers cannot be read, is not used.
      // (Parquet reads every column as nullable, so the layouts are compared without nullability.)
      if (!rows.schema().catalogString().equals(SCHEMA.catalogString())) {
        return Optional.empty();
      }
      rows.count();
      return Optional.of(rows);
    } catch (Exception e) {
      // Spark throws its checked SparkException undeclared, hence Exception.
      return Optional.empty();
    }
  }

  /**
   * The listed files joined with the previous cache: each file's cached row when its source and content hash match
   * and, if the period covers it, the previous index holds it; otherwise null cached columns. {@code hashed} has
   * {@link ContentHasher#SCHEMA}.
   */
  static Dataset<Row> match(Dataset<Row> hashed, Dataset<Row> previous, ReportPeriod period) {
    Column[] cachedColumns = new Column[KEPT.size() + 1];
    for (int i = 0; i < KEPT.size(); i++) {
      cachedColumns[i] = col(KEPT.get(i));
    }
    cachedColumns[KEPT.size()] = col(INDEXED);
    // A row the period covers now but the previous index lacks (the period changed) has no index document to keep,
    // so it is extracted again for its texts.
    Dataset<Row> usable = previous.select(cachedColumns)
        .filter(indexable(period).unary_$bang().or(col(INDEXED)))
        .withColumn(HIT, lit(true));
    // The listing has no column named like the incidents columns but these two keys.
    return hashed.join(usable, new String[] {InputListing.SOURCE, PostmortemFileExtractor.CONTENT_HASH},
        "left_outer");
  }

  /**
   * Turns {@link #match}ed files into extracted rows ({@link PostmortemFileExtractor#SCHEMA}): a file found in the
   * cache takes its cached row (without the texts, flagged {@link PostmortemFileExtractor#REUSED}), any other is
   * extracted. One pass, so the files are neither listed nor hashed twice.
   */
  static final class ReuseOrExtract implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final PostmortemFileExtractor extractor;
    // For each column of the extractor's schema, where a matched row holds it; -1 for what a reused row lacks.
    private final int[] cachedAt;
    private final int hitAt;
    private final int[] fileAt;

    ReuseOrExtract(PostmortemFileExtractor extractor, StructType matched) {
      this.extractor = extractor;
      String[] names = PostmortemFileExtractor.SCHEMA.fieldNames();
      this.cachedAt = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        cachedAt[i] = KEPT.contains(names[i]) ? matched.fieldIndex(names[i]) : -1;
      }
      this.hitAt = matched.fieldIndex(HIT);
      this.fileAt = new int[] {matched.fieldIndex(InputListing.SOURCE), matched.fieldIndex(InputListing.PATH),
          matched.fieldIndex(InputListing.LENGTH), matched.fieldIndex(InputListing.PROBLEM)};
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          return row.isNullAt(hitAt) ? extract(row) : reuse(row);
        }
      };
    }

    private Row extract(Row file) {
      return extractor.extract(file.getString(fileAt[0]), file.getString(fileAt[1]),
          file.isNullAt(fileAt[2]) ? -1 : file.getLong(fileAt[2]), file.getString(fileAt[3]));
    }

    private Row reuse(Row matched) {
      Object[] values = new Object[cachedAt.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = cachedAt[i] >= 0 ? matched.get(cachedAt[i]) : null;
      }
      values[PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.REUSED)] = true;
      return RowFactory.create(values);
    }
  }

  /**
   * The previous report's indexed sources that the new index must drop: those not reused as they were (changed,
   * gone, or outside the period now). {@code reusedCovered} holds the reused rows the period covers.
   */
  static Dataset<Row> staleIndexed(Dataset<Row> previous, Dataset<Row> reusedCovered) {
    return previous.filter(col(INDEXED)).select(InputListing.SOURCE)
        .join(reusedCovered.select(InputListing.SOURCE), InputListing.SOURCE, "left_anti");
  }

  /** True for the rows whose incidents a report over {@code period} indexes: accepted ones the period covers. */
  static Column indexable(ReportPeriod period) {
    return period.keeps().and(IncidentColumns.isAccepted());
  }

  /** Writes the cache of {@code extracted} into the staging report, whose index covers {@code period}. */
  static void write(FileSystem fs, Dataset<Row> extracted, ReportPeriod period, Path staging, String fingerprint)
      throws IOException {
    Column indexed = indexable(period);
    Path folder = new Path(staging, FOLDER);
    Column[] columns = new Column[KEPT.size() + 1];
    for (int i = 0; i < KEPT.size(); i++) {
      columns[i] = col(KEPT.get(i));
    }
    columns[KEPT.size()] = indexed.as(INDEXED);
    extracted.filter(col(PostmortemFileExtractor.CONTENT_HASH).isNotNull())
        .select(columns)
        .write().mode(SaveMode.ErrorIfExists)
        .parquet(new Path(folder, ROWS).toString());
    try (OutputStream out = fs.create(new Path(folder, FINGERPRINT), false)) {
      out.write((fingerprint + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static StructType schema() {
    StructType schema = new StructType();
    for (String name : KEPT) {
      schema = schema.add(PostmortemFileExtractor.SCHEMA.apply(name));
    }
    return schema.add(INDEXED, org.apache.spark.sql.types.DataTypes.BooleanType, false);
  }

  private static List<String> kept() {
    List<String> names = new ArrayList<>();
    for (String name : PostmortemFileExtractor.SCHEMA.fieldNames()) {
      if (!name.equals(PostmortemFileExtractor.CAUSE_TEXT) && !name.equals(PostmortemFileExtractor.SUMMARY_TEXT)
          && !name.equals(PostmortemFileExtractor.FULL_TEXT) && !name.equals(PostmortemFileExtractor.REUSED)) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }
}
