package dev.hindsight.analysis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The report batch job: reads postmortem files with Spark, parses and enriches them on the executors, and publishes
 * {@code incidents/} (Parquet), {@code incidents.jsonl}, {@code tables/}, {@code manifest.json} and
 * {@code run-info.json} into the output folder in one rename. The caller owns the session.
 */
public final class ReportJob {

  /** The incidents table, as Parquet. */
  public static final String INCIDENTS = "incidents";
  /** One JSON record per input file, sorted by source. */
  public static final String INCIDENTS_JSONL = "incidents.jsonl";
  public static final String MANIFEST = ReportManifest.FILE_NAME;
  /** Timings and settings of the run; the one output that differs between two runs over the same input. */
  public static final String RUN_INFO = "run-info.json";
  /** The extensions read; other files under the input folders are not inputs. */
  public static final String EXTENSIONS_GLOB = "*.{md,markdown,txt,html,htm}";

  /**
   * What to run on.
   *
   * @param inputs files or folders as Hadoop paths (folders read recursively)
   * @param out the report folder, replaced as a whole when the job succeeds
   * @param maxFileBytes files larger than this are rejected without being read
   */
  public record Parameters(List<String> inputs, String out, long maxFileBytes) {
    public Parameters {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one input path is needed");
      }
    }
  }

  /** What a run did: files per status and where the report is. */
  public record Summary(long files, long ok, long partial, long rejected, String out) {}

  private final SparkSession spark;

  public ReportJob(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /** Runs the job; the previous report at {@code out}, if any, stays untouched until the new one is complete. */
  public Summary run(Parameters parameters) {
    long started = System.currentTimeMillis();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, Long> timings = new LinkedHashMap<>();
    // Only path and length are selected, so the source never loads the content of any file, oversized or not.
    Dataset<Row> files = spark.read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", EXTENSIONS_GLOB)
        .load(parameters.inputs().toArray(String[]::new))
        .select("path", "length")
        .union(emptyFiles(parameters.inputs()));
    PostmortemFileExtractor extractor = new PostmortemFileExtractor(HadoopConf.of(hadoop), parameters.maxFileBytes());
    // Cached: the Parquet, the JSON lines, every table and the manifest read it; parsing must run once.
    Dataset<Row> extracted = files
        .mapPartitions(extractor, Encoders.row(PostmortemFileExtractor.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long phase = System.currentTimeMillis();
      Map<String, Long> counts = statusCounts(extracted);
      timings.put("extractMillis", System.currentTimeMillis() - phase);

      FileSystem fs = fileSystem(hadoop, parameters.out());
      Path out = fs.makeQualified(new Path(parameters.out()));
      Path staging = ReportPublisher.stagingFor(out);
      boolean published = false;
      try {
        Dataset<Row> incidents = extracted.select(columns(IncidentColumns.SCHEMA.fieldNames()));
        phase = System.currentTimeMillis();
        incidents.orderBy(IncidentColumns.SOURCE).write().mode(SaveMode.ErrorIfExists)
            .parquet(new Path(staging, INCIDENTS).toString());
        writeJsonLines(fs, extracted, staging);
        timings.put("incidentsMillis", System.currentTimeMillis() - phase);

        phase = System.currentTimeMillis();
        ReportTableWriter.write(ReportTables.of(incidents, Bootstrap.DEFAULT), staging.toString());
        timings.put("tablesMillis", System.currentTimeMillis() - phase);

        phase = System.currentTimeMillis();
        writeManifest(fs, extracted, staging, parameters, counts);
        timings.put("manifestMillis", System.currentTimeMillis() - phase);

        timings.put("totalMillis", System.currentTimeMillis() - started);
        writeRunInfo(fs, staging, parameters, started, timings);
        ReportPublisher.publish(fs, staging, out);
        published = true;
      } catch (IOException e) {
        throw new UncheckedIOException("could not write the report to " + out + ": " + e.getMessage(), e);
      } finally {
        // Whatever failed (Spark may also throw checked exceptions undeclared), no half-built report stays behind.
        if (!published) {
          deleteQuietly(fs, staging);
        }
      }
      return new Summary(counts.values().stream().mapToLong(Long::longValue).sum(),
          counts.getOrDefault(IncidentColumns.STATUS_OK, 0L),
          counts.getOrDefault(IncidentColumns.STATUS_PARTIAL, 0L),
          counts.getOrDefault(IncidentColumns.STATUS_REJECTED, 0L),
          out.toString());
    } finally {
      extracted.unpersist(false);
    }
  }

  private Dataset<Row> emptyFiles(List<String> inputs) {
    List<String> paths;
    try {
      paths = EmptyInputFiles.find(spark.sparkContext().hadoopConfiguration(), inputs, EXTENSIONS_GLOB);
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the input files: " + e.getMessage(), e);
    }
    StructType listing = new StructType()
        .add("path", DataTypes.StringType, false)
        .add("length", DataTypes.LongType, false);
    return spark.createDataFrame(paths.stream().map(p -> RowFactory.create(p, 0L)).toList(), listing);
  }

  // Three rows at most; this is also the action that fills the cache, with the listing's full parallelism.
  private static Map<String, Long> statusCounts(Dataset<Row> extracted) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row row : extracted.groupBy(IncidentColumns.STATUS).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
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

  private static void writeManifest(FileSystem fs, Dataset<Row> extracted, Path staging, Parameters parameters,
      Map<String, Long> counts) throws IOException {
    // Streamed partition by partition to the driver: it holds one partition of small entries, never the corpus.
    Dataset<Row> entries = extracted
        .select(IncidentColumns.SOURCE, IncidentColumns.STATUS, PostmortemFileExtractor.REASON)
        .orderBy(IncidentColumns.SOURCE);
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      ReportManifest.write(out, parameters.inputs(), parameters.maxFileBytes(), counts, entries.toLocalIterator());
    }
  }

  private void writeRunInfo(FileSystem fs, Path staging, Parameters parameters, long started,
      Map<String, Long> timings) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode info = mapper.createObjectNode();
    info.put("startedAt", Instant.ofEpochMilli(started).toString());
    info.put("sparkVersion", spark.version());
    info.put("master", spark.sparkContext().master());
    info.set("inputs", mapper.valueToTree(parameters.inputs()));
    info.put("out", parameters.out());
    info.put("maxFileBytes", parameters.maxFileBytes());
    info.set("timings", mapper.valueToTree(timings));
    try (OutputStream out = fs.create(new Path(staging, RUN_INFO), false)) {
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

  private static Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static void deleteQuietly(FileSystem fs, Path staging) {
    try {
      fs.delete(staging, true);
    } catch (IOException | RuntimeException ignored) {
      // The failure that got us here is the one to report; a leftover .tmp- sibling is harmless and named so.
    }
  }
}
