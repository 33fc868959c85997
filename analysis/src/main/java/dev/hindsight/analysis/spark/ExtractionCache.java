package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.hindsight.ingest.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

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
  // How an unchanged file was judged so: by its listed length and time, or by its bytes' hash (only touched).
  private static final String REUSE = "reuse";
  private static final String SAME = "same";
  private static final String TOUCHED = "touched";
  private static final int SOURCE_INDEX = PostmortemFileExtractor.SCHEMA.fieldIndex(InputListing.SOURCE);
  private static final int LISTED_LENGTH_INDEX =
      PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.LISTED_LENGTH);
  private static final int LISTED_MODIFIED_INDEX =
      PostmortemFileExtractor.SCHEMA.fieldIndex(PostmortemFileExtractor.LISTED_MODIFIED);
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
      FileSystem raw = RawFileSystem.of(fs);
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
   * The rows of this run's listed {@code files} ({@code uniqueFiles} of the listing, in
   * {@link PostmortemFileExtractor#SCHEMA}): each file unchanged since the {@code previous} cache takes its cached row
   * (without the texts, flagged {@link PostmortemFileExtractor#REUSED}) and every other file is extracted.
   *
   * <p>Only the cache's keys (source, hash, listed length and time) meet the listing in a shuffle; the cached rows
   * themselves, records and all, are read straight from the cache's Parquet and filtered against the few sources they
   * must lose, so a rerun never moves a million records across a shuffle. When more than {@code broadcastRows}
   * sources changed, that filter is an ordinary join and the rows are worth persisting ({@link Reuse#persist}).
   */
  static Reuse reuse(Dataset<Row> files, Dataset<Row> previous, ReportPeriod period, ReuseOrExtract.Settings settings,
      long broadcastRows) {
    // A row the period covers now but the previous index lacks (the period changed) has no index document to keep,
    // so it is extracted again for its texts.
    Dataset<Row> keys = previous.filter(indexable(period).unary_$bang().or(col(INDEXED)))
        .select(col(InputListing.SOURCE), col(PostmortemFileExtractor.CONTENT_HASH),
            col(PostmortemFileExtractor.LISTED_LENGTH), col(PostmortemFileExtractor.LISTED_MODIFIED))
        .withColumn(HIT, lit(true));
    // The listing shares no column name with the keys but the source.
    Dataset<Row> matched = files.join(keys, new String[] {InputListing.SOURCE}, "left_outer");
    Dataset<Row> decided = matched.mapPartitions(new ReuseOrExtract(settings, matched.schema()),
        Encoders.row(ReuseOrExtract.DECIDED)).persist(StorageLevel.MEMORY_AND_DISK());
    // The changed files are few: in one partition per core, every later stage has a handful of tasks instead of one
    // per listing partition.
    Dataset<Row> extracted = decided.filter(col(REUSE).isNull())
        .select(IncidentColumns.columns(PostmortemFileExtractor.SCHEMA.fieldNames()))
        .coalesce(Math.max(1, files.sparkSession().sparkContext().defaultParallelism()));
    Dataset<Row> same = decided.filter(col(REUSE).equalTo(SAME)).select(InputListing.SOURCE);
    Dataset<Row> touched = decided.filter(col(REUSE).equalTo(TOUCHED))
        .select(InputListing.SOURCE, PostmortemFileExtractor.LISTED_LENGTH, PostmortemFileExtractor.LISTED_MODIFIED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    // The cached sources not reused as they are: edited, touched, gone, or not usable under this period.
    Dataset<Row> dropped = previous.select(InputListing.SOURCE).join(same, InputListing.SOURCE, "left_anti")
        .persist(StorageLevel.MEMORY_AND_DISK());
    long droppedCount = dropped.count();
    long touchedCount = touched.count();
    boolean small = droppedCount + touchedCount <= broadcastRows;
    Dataset<Row> droppedSide = small ? broadcast(dropped) : dropped;
    Dataset<Row> touchedSide = small ? broadcast(touched) : touched;
    Dataset<Row> unchanged = previous.join(droppedSide, new String[] {InputListing.SOURCE}, "left_anti")
        .select(reusedColumns());
    // A touched file keeps its cached row with the listing's length and time, so the next run need not hash it.
    // Without touched files that join is left out: every stage would scan the whole cache for it and find nothing.
    Dataset<Row> changed = extracted;
    if (touchedCount > 0) {
      changed = changed.union(previous
          .drop(PostmortemFileExtractor.LISTED_LENGTH, PostmortemFileExtractor.LISTED_MODIFIED)
          .join(touchedSide, InputListing.SOURCE)
          .select(reusedColumns()));
    }
    Optional<Changes> changes = small ? Optional.of(new Changes(sources(dropped), changed)) : Optional.empty();
    return new Reuse(changed.union(unchanged), !small, changes, List.of(decided, touched, dropped));
  }

  // The dropped sources, few enough to broadcast and so to hold on the driver.
  private static Set<String> sources(Dataset<Row> dropped) {
    Set<String> sources = new HashSet<>();
    dropped.toLocalIterator().forEachRemaining(row -> sources.add(row.getString(0)));
    return Collections.unmodifiableSet(sources);
  }

  /**
   * What changed since the previous report, when it is little: the sources whose cached rows are not reused as they
   * are (edited, touched, gone, not usable under this period) and the rows that take their place or are new (the
   * extracted ones and the touched files' cached rows). The previous report's per-file outputs, less the dropped
   * sources, plus the changed rows, are this run's.
   */
  record Changes(Set<String> dropped, Dataset<Row> changed) {}

  /**
   * The rows a rerun works from, and the small Datasets they are computed from, which stay persisted until
   * {@link #release}. {@code persist} is true when the rows come out of a shuffle of cached rows and so should be
   * persisted like freshly extracted ones; otherwise reading them again is a Parquet scan. {@code changes} is
   * present when few enough files changed to list them on the driver.
   */
  record Reuse(Dataset<Row> rows, boolean persist, Optional<Changes> changes, List<Dataset<Row>> held) {
    /** Unpersists what {@link #reuse} persisted. */
    void release() {
      held.forEach(dataset -> dataset.unpersist(false));
    }
  }

  // A cached row in the extractor's layout: the kept columns as cached, no texts, flagged reused.
  private static Column[] reusedColumns() {
    StructType schema = PostmortemFileExtractor.SCHEMA;
    Column[] columns = new Column[schema.size()];
    for (int i = 0; i < columns.length; i++) {
      StructField field = schema.fields()[i];
      Column value = field.name().equals(PostmortemFileExtractor.REUSED) ? lit(true)
          : KEPT.contains(field.name()) ? col(field.name()) : lit(null).cast(field.dataType());
      columns[i] = value.as(field.name());
    }
    return columns;
  }

  /**
   * Decides, for each listed file joined with its cached keys, whether it is unchanged: yes when its listed length
   * and modification time are the cached ones (as git and rsync judge), or else when its bytes hash to the cached hash.
   * An unchanged file gives a row of its source, listed length and time and how it was judged ({@link #REUSE});
   * any other file is extracted into a full row.
   */
  static final class ReuseOrExtract implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The extractor's columns, each nullable (a reused file fills only a few), then {@link #REUSE}. */
    static final StructType DECIDED = decided();

    /** What the extraction of a changed file needs. */
    record Settings(HadoopConf conf, long maxFileBytes, PostmortemFileExtractor extractor) implements Serializable {
      private static final long serialVersionUID = 1L;
    }

    private final Settings settings;
    private final int hitAt;
    private final int sourceAt;
    private final int pathAt;
    private final int lengthAt;
    private final int problemAt;
    private final int modifiedAt;
    private final int cachedHashAt;
    private final int cachedLengthAt;
    private final int cachedModifiedAt;

    ReuseOrExtract(Settings settings, StructType matched) {
      this.settings = settings;
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
      return new MappedIterator<>(rows, row -> {
        String judged = unchanged(row);
        return judged == null ? extract(row) : reused(row, judged);
      });
    }

    // SAME, TOUCHED, or null when the file must be extracted.
    private String unchanged(Row row) {
      if (row.isNullAt(hitAt) || !row.isNullAt(problemAt) || row.isNullAt(pathAt) || row.isNullAt(lengthAt)
          || row.isNullAt(cachedHashAt)) {
        return null;
      }
      long length = row.getLong(lengthAt);
      Path path = new Path(row.getString(pathAt));
      // A file the extractor would now reject unread (say, past a lower --max-file-bytes) is not taken from the cache.
      if (!PostmortemFileExtractor.isReadable(path, length, settings.maxFileBytes())) {
        return null;
      }
      if (!row.isNullAt(modifiedAt) && !row.isNullAt(cachedLengthAt) && !row.isNullAt(cachedModifiedAt)
          && length == row.getLong(cachedLengthAt) && row.getLong(modifiedAt) == row.getLong(cachedModifiedAt)) {
        return SAME;
      }
      return row.getString(cachedHashAt).equals(hash(path)) ? TOUCHED : null;
    }

    /** The SHA-256 of a readable file's bytes, or null when it cannot be read now or has grown past the limit. */
    private String hash(Path path) {
      try {
        byte[] bytes = PostmortemFileExtractor.read(settings.conf(), path, settings.maxFileBytes());
        return bytes.length > settings.maxFileBytes() ? null : ContentHash.of(bytes);
      } catch (IOException | RuntimeException e) {
        // The extractor meets the same failure and turns it into the manifest's reason.
        return null;
      }
    }

    private Row extract(Row file) {
      Row extracted = settings.extractor().extract(file.getString(sourceAt), file.getString(pathAt),
          file.isNullAt(lengthAt) ? -1 : file.getLong(lengthAt), file.getString(problemAt),
          file.isNullAt(modifiedAt) ? -1 : file.getLong(modifiedAt));
      Object[] values = new Object[DECIDED.size()];
      for (int i = 0; i < extracted.length(); i++) {
        values[i] = extracted.get(i);
      }
      return RowFactory.create(values);
    }

    private Row reused(Row file, String judged) {
      Object[] values = new Object[DECIDED.size()];
      values[SOURCE_INDEX] = file.get(sourceAt);
      // The listing's length and time now, which differ from the cached ones when only the time changed.
      values[LISTED_LENGTH_INDEX] = file.get(lengthAt);
      values[LISTED_MODIFIED_INDEX] = file.get(modifiedAt);
      values[values.length - 1] = judged;
      return RowFactory.create(values);
    }

    private static StructType decided() {
      StructType schema = new StructType();
      for (StructField field : PostmortemFileExtractor.SCHEMA.fields()) {
        schema = schema.add(field.name(), field.dataType(), true);
      }
      return schema.add(REUSE, DataTypes.StringType, true);
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
    // Rows without a hash (files that could not be read) are never reused, but they are kept: with every file's row
    // in the cache, the sources a rerun drops are all the previous outputs lose, which lets it merge them.
    extracted.select(columns)
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
    return schema.add(INDEXED, DataTypes.BooleanType, false);
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
