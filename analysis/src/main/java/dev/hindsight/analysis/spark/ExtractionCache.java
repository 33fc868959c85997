package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.hindsight.ingest.ContentHash;
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
  private static final int LISTED_LENGTH_INDEX =
      PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.LISTED_LENGTH);
  private static final int LISTED_MODIFIED_INDEX =
      PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.LISTED_MODIFIED);
  private static final int REUSED_INDEX = PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.REUSED);
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
   * The listed files ({@code uniqueFiles} of the listing) joined by source with the previous cache: each file's
   * cached row if it has one and, when the period covers it, the previous index holds it; null cached columns
   * otherwise.
   */
  static Dataset<Row> match(Dataset<Row> files, Dataset<Row> previous, ReportPeriod period) {
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
    // The listing shares no column name with the cached rows but the source.
    return files.join(usable, new String[] {InputListing.SOURCE}, "left_outer");
  }

  /**
   * Turns {@link #match}ed files into extracted rows ({@link PostmortemFileExtractor#SCHEMA}). A file with a cached
   * row is unchanged when its listed length and modification time are the cached ones (as git and rsync judge),
   * or else when its bytes hash to the cached hash; it then takes the cached row (without the texts, flagged
   * {@link PostmortemFileExtractor#REUSED}). Any other file is extracted.
   */
  static final class ReuseOrExtract implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final long maxFileBytes;
    private final PostmortemFileExtractor extractor;
    // For each column of the extractor's schema, where a matched row holds its cached value; -1 for none.
    private final int[] cachedAt;
    private final int hitAt;
    private final int sourceAt;
    private final int pathAt;
    private final int lengthAt;
    private final int problemAt;
    private final int modifiedAt;
    private final int cachedHashAt;
    private final int cachedLengthAt;
    private final int cachedModifiedAt;

    ReuseOrExtract(HadoopConf conf, long maxFileBytes, PostmortemFileExtractor extractor, StructType matched) {
      this.conf = conf;
      this.maxFileBytes = maxFileBytes;
      this.extractor = extractor;
      String[] names = PostmortemFileExtractor.SCHEMA.fieldNames();
      this.cachedAt = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        cachedAt[i] = KEPT.contains(names[i]) ? matched.fieldIndex(names[i]) : -1;
      }
      this.hitAt = matched.fieldIndex(HIT);
      this.sourceAt = matched.fieldIndex(InputListing.SOURCE);
      this.pathAt = matched.fieldIndex(InputListing.PATH);
      this.lengthAt = matched.fieldIndex(InputListing.LENGTH);
      this.problemAt = matched.fieldIndex(InputListing.PROBLEM);
      this.modifiedAt = matched.fieldIndex(InputListing.MODIFIED);
      this.cachedHashAt = matched.fieldIndex(PostmortemFileExtractor.CONTENT_HASH);
      this.cachedLengthAt = matched.fieldIndex(PostmortemFileExtractor.LISTED_LENGTH);
      this.cachedModifiedAt = matched.fieldIndex(PostmortemFileExtractor.LISTED_MODIFIED);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new MappedIterator<>(rows, row -> unchanged(row) ? reuse(row) : extract(row));
    }

    private boolean unchanged(Row row) {
      if (row.isNullAt(hitAt) || !row.isNullAt(problemAt) || row.isNullAt(pathAt) || row.isNullAt(lengthAt)
          || row.isNullAt(cachedHashAt)) {
        return false;
      }
      long length = row.getLong(lengthAt);
      if (!row.isNullAt(modifiedAt) && !row.isNullAt(cachedLengthAt) && !row.isNullAt(cachedModifiedAt)
          && length == row.getLong(cachedLengthAt) && row.getLong(modifiedAt) == row.getLong(cachedModifiedAt)) {
        return true;
      }
      return row.getString(cachedHashAt).equals(hash(new Path(row.getString(pathAt)), length));
    }

    /** The SHA-256 of the file's bytes, or null when the extractor would not read it or it cannot be read now. */
    private String hash(Path path, long length) {
      if (!PostmortemFileExtractor.isReadable(path, length, maxFileBytes)) {
        return null;
      }
      try {
        byte[] bytes = PostmortemFileExtractor.read(conf, path, maxFileBytes);
        return bytes.length > maxFileBytes ? null : ContentHash.of(bytes);
      } catch (IOException | RuntimeException e) {
        // The extractor meets the same failure and turns it into the manifest's reason.
        return null;
      }
    }

    private Row extract(Row file) {
      return extractor.extract(file.getString(sourceAt), file.getString(pathAt),
          file.isNullAt(lengthAt) ? -1 : file.getLong(lengthAt), file.getString(problemAt),
          file.isNullAt(modifiedAt) ? -1 : file.getLong(modifiedAt));
    }

    private Row reuse(Row matched) {
      Object[] values = new Object[cachedAt.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = cachedAt[i] >= 0 ? matched.get(cachedAt[i]) : null;
      }
      // The listing's length and time now, which may differ from the cached ones when only the time changed.
      values[LISTED_LENGTH_INDEX] = matched.get(lengthAt);
      values[LISTED_MODIFIED_INDEX] = matched.get(modifiedAt);
      values[REUSED_INDEX] = true;
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
