package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.analysis.search.IncidentIndexWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The report batch job: reads postmortem files with Spark, parses and enriches them on the executors, and publishes
 * {@code incidents/} (Parquet), {@code incidents.jsonl}, {@code tables/}, {@code index/} (Lucene),
 * {@code manifest.json} and {@code run-info.json} into the output folder in one rename. The caller owns the session.
 */
public final class ReportJob {

  /** The incidents table, as Parquet. */
  public static final String INCIDENTS = "incidents";
  /** The Lucene index of the incidents, for {@code hindsight search} and {@code similar}. */
  public static final String INDEX = "index";
  /** One JSON record per input file, sorted by source. */
  public static final String INCIDENTS_JSONL = "incidents.jsonl";
  public static final String MANIFEST = ReportManifest.FILE_NAME;
  /** Timings and settings of the run; the one output that differs between two runs over the same input. */
  public static final String RUN_INFO = "run-info.json";

  /**
   * What to run on.
   *
   * @param inputs files or folders as Hadoop paths (folders read recursively)
   * @param out the report folder, replaced as a whole when the job succeeds
   * @param maxFileBytes files larger than this are rejected without being read
   * @param period the incident starts the incidents and tables cover; the manifest always lists every file
   * @param reusePrevious whether files unchanged since the report already at {@code out} (same content, same
   *     extractor) take their records from its cache instead of being extracted again
   */
  public record Parameters(List<String> inputs, String out, long maxFileBytes, ReportPeriod period,
      boolean reusePrevious) {
    public Parameters {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(period, "period");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one input path is needed");
      }
    }

    /** Reusing the previous report's cache. */
    public Parameters(List<String> inputs, String out, long maxFileBytes, ReportPeriod period) {
      this(inputs, out, maxFileBytes, period, true);
    }

    /** Every incident, whenever it started. */
    public Parameters(List<String> inputs, String out, long maxFileBytes) {
      this(inputs, out, maxFileBytes, ReportPeriod.ALL);
    }
  }

  /** What a run did: files per status, how many took their record from the previous report, and where it is. */
  public record Summary(long files, long ok, long partial, long rejected, long reused, String out) {}

  // The listing is written into the staging folder, read by Spark, and removed before publishing.
  private static final String LISTING = "input-listing.jsonl";
  // Files per extraction task: small enough to balance two cores on a small corpus, large enough to amortise a task.
  private static final long FILES_PER_TASK = 1_000;
  // Changed files up to which a rerun filters the cached rows by a broadcast list of sources instead of a shuffle:
  // a few megabytes of names.
  private static final long BROADCAST_CHANGES = 100_000;
  // Shards up to this many incidents are handed to Lucene in id order. Sorting a shard's rows, texts and all, costs
  // less than Lucene's re-sort while it stays in memory (100,000 documents: index stage 14.1 to 14.9 s against 16.3 to
  // 17.1 s); a larger shard would be sorted through disk on a small heap, a trade not measured, so it keeps its order.
  private static final long SORTED_SHARD_ROWS = 250_000;

  private final SparkSession spark;
  private final long broadcastChanges;

  public ReportJob(SparkSession spark) {
    this(spark, BROADCAST_CHANGES);
  }

  /** A job that joins the cached rows with the changes in a shuffle once more than {@code broadcastChanges} changed. */
  ReportJob(SparkSession spark, long broadcastChanges) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.broadcastChanges = broadcastChanges;
  }

  /** Runs the job; the previous report at {@code out}, if any, stays untouched until the new one is complete. */
  public Summary run(Parameters parameters) {
    return run(parameters, ReportFinisher.NONE);
  }

  /** Runs the job, with {@code finisher} writing into the report last, before it is published. */
  public Summary run(Parameters parameters, ReportFinisher finisher) {
    long started = System.currentTimeMillis();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, Object> timings = new LinkedHashMap<>();
    FileSystem fs = fileSystem(hadoop, parameters.out());
    Path out = fs.makeQualified(new Path(parameters.out()));
    Path staging = ReportPublisher.stagingFor(out);
    boolean published = false;
    Dataset<Row> extracted = null;
    Dataset<Row> compact = null;
    ExtractionCache.Reuse reuse = null;
    try {
      ReportPublisher.recover(fs, out);
      long phase = System.currentTimeMillis();
      Path listing = new Path(staging, LISTING);
      long listed;
      try (OutputStream stream = fs.create(listing, false)) {
        listed = InputListing.write(hadoop, parameters.inputs(), stream);
      }
      timings.put("listMillis", System.currentTimeMillis() - phase);

      phase = System.currentTimeMillis();
      ReportPeriod period = parameters.period();
      String fingerprint = ExtractorFingerprint.current();
      Optional<Dataset<Row>> previous = parameters.reusePrevious()
          ? ExtractionCache.previous(spark, fs, out, fingerprint) : Optional.empty();
      PostmortemFileExtractor extractor =
          new PostmortemFileExtractor(HadoopConf.of(hadoop), parameters.maxFileBytes());
      Dataset<Row> files = uniqueFiles(spark.read().schema(InputListing.SCHEMA).json(listing.toString()), listed);
      if (previous.isPresent()) {
        reuse = ExtractionCache.reuse(files, previous.get(), period,
            new ExtractionCache.ReuseOrExtract.Settings(HadoopConf.of(hadoop), parameters.maxFileBytes(), extractor),
            broadcastChanges);
        // Unless many files changed, the reused rows are a scan of the cache's Parquet, in which each stage reads only
        // its columns: cheaper than holding a million records that would spill to disk.
        extracted = reuse.persist() ? reuse.rows().persist(StorageLevel.MEMORY_AND_DISK()) : reuse.rows();
      } else {
        // Cached: the Parquet, the JSON lines, every table and the manifest read it; parsing must run once.
        extracted = files.mapPartitions(extractor, Encoders.row(PostmortemFileExtractor.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
      }
      Counts counts = counts(extracted, period);
      timings.put("extractMillis", System.currentTimeMillis() - phase);
      timings.put("reusedFiles", counts.reused());

      Dataset<Row> covered = extracted.filter(period.keeps());
      Dataset<Row> incidents = covered.select(IncidentColumns.columns(IncidentColumns.SCHEMA.fieldNames()));
      // Present when few files changed and the period is the previous report's: its JSON lines and manifest are then
      // merged with the changes.
      Optional<ExtractionCache.Changes> changes = (reuse == null ? Optional.<ExtractionCache.Changes>empty()
          : reuse.changes()).filter(any -> MergedOutputs.coverTheSamePeriod(fs, out, period));
      phase = System.currentTimeMillis();
      incidents.orderBy(IncidentColumns.SOURCE).write().mode(SaveMode.ErrorIfExists)
          .parquet(new Path(staging, INCIDENTS).toString());
      boolean mergedLines = changes.isPresent()
          && MergedOutputs.jsonLines(fs, out, staging, changes.get(), period, counts.covered());
      if (!mergedLines) {
        writeJsonLines(fs, covered, staging);
      }
      timings.put("incidentsMillis", System.currentTimeMillis() - phase);
      timings.put("jsonLinesMerged", mergedLines);

      phase = System.currentTimeMillis();
      // The tables read only the incidents columns, a fraction of the cached rows (no texts, no records): a compact
      // copy in one partition per core spares each of the seventeen tables a task per extraction partition.
      compact = extracted.filter(period.withPreviousQuarter().keeps())
          .select(IncidentColumns.columns(IncidentColumns.SCHEMA.fieldNames()))
          .coalesce(Math.max(1, spark.sparkContext().defaultParallelism()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> trend = compact;
      Dataset<Row> inPeriod = period.isAll() ? compact : compact.filter(period.keeps());
      timings.put("tables", ReportTableWriter.write(ReportTables.of(inPeriod, trend, Bootstrap.DEFAULT),
          staging.toString()));
      timings.put("tablesMillis", System.currentTimeMillis() - phase);

      phase = System.currentTimeMillis();
      Optional<Dataset<Row>> stale = previous.map(cached ->
          ExtractionCache.staleIndexed(cached, covered.filter(col(PostmortemFileExtractor.REUSED))));
      // At most this many incidents are indexed now: the accepted files, or, when rows were reused, the extracted ones.
      long atMostIndexed = stale.isPresent() ? counts.files() - counts.reused() : counts.accepted();
      timings.put("indexedIncidents", writeIndex(fs, hadoop, covered, staging, out, stale, atMostIndexed));
      timings.put("indexMillis", System.currentTimeMillis() - phase);

      phase = System.currentTimeMillis();
      ExtractionCache.write(fs, extracted, period, staging, fingerprint);
      timings.put("cacheMillis", System.currentTimeMillis() - phase);

      phase = System.currentTimeMillis();
      boolean mergedManifest = changes.isPresent() && MergedOutputs.manifest(fs, out, staging, changes.get(),
          parameters.inputs(), parameters.maxFileBytes(), period, counts.byStatus());
      if (!mergedManifest) {
        writeManifest(fs, extracted, staging, parameters, counts.byStatus());
      }
      timings.put("manifestMillis", System.currentTimeMillis() - phase);
      timings.put("manifestMerged", mergedManifest);

      fs.delete(listing, false);
      // The finisher may read run-info (the period, the start), so it is written before and again after.
      writeRunInfo(fs, staging, parameters, started, timings);
      phase = System.currentTimeMillis();
      finisher.write(fs, staging);
      timings.put("finishMillis", System.currentTimeMillis() - phase);
      timings.put("totalMillis", System.currentTimeMillis() - started);
      writeRunInfo(fs, staging, parameters, started, timings);
      ReportPublisher.publish(fs, staging, out);
      published = true;
      Map<String, Long> byStatus = counts.byStatus();
      return new Summary(counts.files(),
          byStatus.getOrDefault(IncidentColumns.STATUS_OK, 0L),
          byStatus.getOrDefault(IncidentColumns.STATUS_PARTIAL, 0L),
          byStatus.getOrDefault(IncidentColumns.STATUS_REJECTED, 0L),
          counts.reused(),
          out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report to " + out + ": " + e.getMessage(), e);
    } finally {
      if (extracted != null) {
        extracted.unpersist(false);
      }
      if (compact != null) {
        compact.unpersist(false);
      }
      if (reuse != null) {
        reuse.release();
      }
      // Whatever failed (Spark may also throw checked exceptions undeclared), no half-built report stays behind.
      if (!published) {
        deleteQuietly(fs, staging);
      }
    }
  }

  /**
   * One row per underlying file (a file reached through two inputs or a link is read once, under its first name),
   * spread over enough partitions to keep every core busy.
   */
  private Dataset<Row> uniqueFiles(Dataset<Row> listing, long listed) {
    int partitions = (int) Math.max(spark.sparkContext().defaultParallelism() * 4L,
        (listed + FILES_PER_TASK - 1) / FILES_PER_TASK);
    return listing
        .groupBy(col(InputListing.KEY))
        .agg(min(struct(col(InputListing.SOURCE), col(InputListing.PATH), col(InputListing.LENGTH),
            col(InputListing.PROBLEM), col(InputListing.MODIFIED))).as("file"))
        .select("file.*")
        .repartition(partitions);
  }

  /** Files per status, how many of them took their record from the previous report, and how many the period covers. */
  private record Counts(Map<String, Long> byStatus, long reused, long covered) {

    long files() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Files whose incident is in the tables and the index (ok or partial). */
    long accepted() {
      return byStatus.getOrDefault(IncidentColumns.STATUS_OK, 0L)
          + byStatus.getOrDefault(IncidentColumns.STATUS_PARTIAL, 0L);
    }
  }

  // Twelve rows at most; this is also the action that fills the cache, with the listing's full parallelism.
  private static Counts counts(Dataset<Row> extracted, ReportPeriod period) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    long reused = 0;
    long covered = 0;
    for (Row row : extracted.groupBy(col(IncidentColumns.STATUS), col(PostmortemFileExtractor.REUSED),
            period.keeps().as("in_period")).count()
        .orderBy(IncidentColumns.STATUS, PostmortemFileExtractor.REUSED, "in_period").collectAsList()) {
      byStatus.merge(row.getString(0), row.getLong(3), Long::sum);
      reused += row.getBoolean(1) ? row.getLong(3) : 0;
      covered += row.getBoolean(2) ? row.getLong(3) : 0;
    }
    return new Counts(byStatus, reused, covered);
  }

  private static void writeJsonLines(FileSystem fs, Dataset<Row> extracted, Path staging) throws IOException {
    Path parts = new Path(staging, "_" + INCIDENTS_JSONL + ".tmp");
    // One partition, sorted within it: one file in source order. The shuffle keeps the cached upstream parallel.
    extracted.select(IncidentColumns.SOURCE, PostmortemFileExtractor.RECORD)
        .repartition(1)
        .sortWithinPartitions(IncidentColumns.SOURCE)
        .select(PostmortemFileExtractor.RECORD)
        .write()
        .option("lineSep", "\n")
        .text(parts.toString());
    ReportPublisher.singleFile(fs, parts, new Path(staging, INCIDENTS_JSONL));
  }

  /**
   * Builds the search index of the covered incidents: each partition is indexed into a shard on its executor, and
   * the driver merges the shards' segments. When rows were reused, the previous report's index is the start: its
   * {@code stale} sources are deleted and only the extracted rows are indexed. Lucene writes to local folders: the
   * staging folder itself when the report is local, else temporary ones copied down and up.
   */
  private static long writeIndex(FileSystem fs, Configuration hadoop, Dataset<Row> covered, Path staging, Path out,
      Optional<Dataset<Row>> stale, long atMost) throws IOException {
    Path shards = new Path(staging, "_index-shards");
    Dataset<Row> toIndex = stale.isPresent() ? covered.filter(col(PostmortemFileExtractor.REUSED).unary_$bang())
        : covered;
    // One shard per core, not per extraction partition: few segments to gather and none to merge again.
    int cores = Math.max(1, toIndex.sparkSession().sparkContext().defaultParallelism());
    Dataset<Row> perShard = SearchableIncidentRows.select(toIndex).coalesce(cores);
    if (atMost / cores <= SORTED_SHARD_ROWS) {
      // In the index's own order (id), Lucene need not re-sort a shard's postings as it flushes.
      perShard = perShard.sortWithinPartitions(IncidentColumns.ID);
    }
    perShard.foreachPartition(new IndexShardWriter(HadoopConf.of(hadoop), shards));
    boolean local = "file".equals(fs.getUri().getScheme());
    Path target = new Path(staging, INDEX);
    java.nio.file.Path folder = local
        ? java.nio.file.Path.of(target.toUri())
        : java.nio.file.Files.createTempDirectory("hindsight-index");
    java.nio.file.Path downloads = local ? null : java.nio.file.Files.createTempDirectory("hindsight-shards");
    List<java.nio.file.Path> parts = new ArrayList<>();
    FileStatus[] listed = fs.exists(shards) ? fs.listStatus(shards) : new FileStatus[0];
    Arrays.sort(listed, Comparator.comparing(status -> status.getPath().getName()));
    for (FileStatus shard : listed) {
      parts.add(local ? java.nio.file.Path.of(shard.getPath().toUri()) : download(fs, shard.getPath(), downloads));
    }
    IncidentIndexWriter writer;
    if (stale.isPresent()) {
      copyIndex(fs, new Path(out, INDEX), folder);
      writer = IncidentIndexWriter.append(folder);
    } else {
      writer = IncidentIndexWriter.combining(folder);
    }
    try (writer) {
      if (stale.isPresent()) {
        // Streamed to the driver a partition at a time, like the manifest: never the corpus's names at once.
        writer.deleteSources(new MappedIterator<>(stale.get().toLocalIterator(), row -> row.getString(0)));
      }
      writer.addShards(parts);
    }
    long count = writer.count();
    fs.delete(shards, true);
    if (!local) {
      fs.copyFromLocalFile(true, true, new Path(folder.toUri()), target);
      FileUtil.fullyDelete(downloads.toFile());
    }
    return count;
  }

  private static java.nio.file.Path download(FileSystem fs, Path remote, java.nio.file.Path into) throws IOException {
    java.nio.file.Path copy = into.resolve(remote.getName());
    fs.copyToLocalFile(false, remote, new Path(copy.toUri()), true);
    return copy;
  }

  /**
   * Puts the previous report's index files into the new index folder, which the writer then changes. Lucene never
   * rewrites a file it wrote, so on a local disk a hard link serves as a copy.
   */
  private static void copyIndex(FileSystem fs, Path previous, java.nio.file.Path folder) throws IOException {
    java.nio.file.Files.createDirectories(folder);
    boolean local = "file".equals(fs.getUri().getScheme());
    for (FileStatus file : fs.listStatus(previous)) {
      if (!file.isFile() || file.getPath().getName().endsWith(".crc")) {
        continue;
      }
      java.nio.file.Path copy = folder.resolve(file.getPath().getName());
      if (local) {
        java.nio.file.Path source = java.nio.file.Path.of(file.getPath().toUri());
        try {
          java.nio.file.Files.createLink(copy, source);
        } catch (IOException | UnsupportedOperationException e) {
          java.nio.file.Files.copy(source, copy);
        }
      } else {
        fs.copyToLocalFile(false, file.getPath(), new Path(copy.toUri()), true);
      }
    }
  }

  private static void writeManifest(FileSystem fs, Dataset<Row> extracted, Path staging, Parameters parameters,
      Map<String, Long> counts) throws IOException {
    // Streamed partition by partition to the driver: it holds one partition of small entries, never the corpus.
    Dataset<Row> entries = ReportManifest.entries(extracted, parameters.period());
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      ReportManifest.write(out, parameters.inputs(), parameters.maxFileBytes(), parameters.period(), counts,
          entries.toLocalIterator());
    }
  }

  private void writeRunInfo(FileSystem fs, Path staging, Parameters parameters, long started,
      Map<String, Object> timings) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode info = mapper.createObjectNode();
    info.put("startedAt", Instant.ofEpochMilli(started).toString());
    info.put("sparkVersion", spark.version());
    info.put("master", spark.sparkContext().master());
    info.set("inputs", mapper.valueToTree(parameters.inputs()));
    info.put("out", parameters.out());
    info.put("maxFileBytes", parameters.maxFileBytes());
    info.put("period", parameters.period().label());
    info.set("timings", mapper.valueToTree(timings));
    try (OutputStream out = fs.create(new Path(staging, RUN_INFO), true)) {
      out.write(mapper.writeValueAsBytes(info));
      out.write('\n');
    }
  }

  private static FileSystem fileSystem(Configuration hadoop, String out) {
    try {
      return new Path(out).getFileSystem(hadoop);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + out + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(FileSystem fs, Path staging) {
    try {
      fs.delete(staging, true);
    } catch (IOException | RuntimeException ignored) {
      // The failure that got us here is the one to report; a leftover .tmp- sibling is harmless and named so.
    }
  }
}
