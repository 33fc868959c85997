package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.spark.ReportJob;
import dev.hindsight.analysis.spark.ReportPeriod;
import dev.hindsight.analysis.spark.ReportTables;
import dev.hindsight.dashboards.report.HadoopReportFolder;
import dev.hindsight.dashboards.report.ReportPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight report}: the Spark batch job over a corpus, writing incidents, tables and a manifest. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Parse and enrich every postmortem with Spark and write the report folder: incidents (Parquet and JSON Lines),",
      "the aggregate tables under tables/ (Parquet and CSV), the search index under index/, manifest.json (every",
      "input file, its status and reason), run-info.json, and index.html with charts/ (the report page). The previous",
      "report is replaced only once the new one is complete. Files unchanged since the report already in the",
      "folder (same bytes, same Hindsight version) take their records from its cache/ instead of being read again."
    })
public final class ReportCommand implements Callable<Integer> {

  static final String DEFAULT_INPUT = "data/postmortems";

  // About 2 GB: the most one file's bytes can be read into.
  private static final double LARGEST_MEGABYTES = (Integer.MAX_VALUE - 16) / (1024.0 * 1024.0);

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or folders (read recursively) as Hadoop paths: local, hdfs:// or s3a:// (default: "
          + DEFAULT_INPUT + ").")
  List<String> paths;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "./hindsight-report",
      description = "The report folder, replaced as a whole (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*], or the master spark-submit was given).")
  String master;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "5",
      description = "Reject files larger than this many megabytes without reading them (default: ${DEFAULT-VALUE}).")
  double maxFileMegabytes;

  @Option(names = "--quarter", paramLabel = "QUARTER",
      description = "Cover the incidents that started in this quarter, UTC (e.g. 2024Q3); the quarter before it is "
          + "kept in the duration trends as the baseline of the change.")
  String quarter;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Cover incidents that started on or after this day, UTC (e.g. 2024-01-01).")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Cover incidents that started on or before this day, UTC (e.g. 2024-06-30).")
  String to;

  @Option(names = "--fresh",
      description = "Extract every file again, ignoring the cache of the report already in --out.")
  boolean fresh;

  @Override
  public Integer call() {
    if (!(maxFileMegabytes > 0) || maxFileMegabytes > LARGEST_MEGABYTES) {
      throw new ParameterException(spec.commandLine(),
          "--max-file-size must be a number of megabytes above 0 and at most 2047, got " + maxFileMegabytes + ".");
    }
    ReportPeriod period = period();
    List<String> inputs = paths == null || paths.isEmpty() ? List.of(DEFAULT_INPUT) : List.copyOf(paths);
    // Local paths are checked before Spark starts, so a typo costs no session start-up.
    for (String input : inputs) {
      if (isLocal(input) && !Files.exists(java.nio.file.Path.of(localPath(input)), LinkOption.NOFOLLOW_LINKS)) {
        throw missing(input);
      }
    }
    long maxFileBytes = (long) (maxFileMegabytes * 1024 * 1024);
    SparkSession spark = ReportSession.start(master);
    ReportJob.Summary summary;
    try {
      for (String input : inputs) {
        if (!isLocal(input) && !exists(spark, input)) {
          throw missing(input);
        }
      }
      // The page is drawn into the staging folder, so it is published with the tables it shows.
      summary = new ReportJob(spark).run(new ReportJob.Parameters(inputs, out, maxFileBytes, period, !fresh),
          (fs, staging) -> ReportPage.render(new HadoopReportFolder(fs, staging), Optional.ofNullable(quarter)));
    } finally {
      spark.stop();
    }
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(String.format(Locale.ROOT,
        "Read %d %s from %s (covering %s): %d ok, %d partial, %d rejected (each file's status and reason are in %s)%s. "
            + "Wrote the report to %s: the incidents as Parquet and %s, %d tables under tables/ as Parquet and CSV, "
            + "the search index under %s/, and %s. Open %s for the report page.",
        summary.files(), summary.files() == 1 ? "file" : "files", String.join(", ", inputs), period.label(),
        summary.ok(),
        summary.partial(), summary.rejected(), ReportJob.MANIFEST,
        summary.reused() == 0 ? "" : String.format(Locale.ROOT, "; %d unchanged since the last report took their "
            + "records from its cache", summary.reused()),
        out, ReportJob.INCIDENTS_JSONL,
        ReportTables.NAMES.size(), ReportJob.INDEX, ReportJob.RUN_INFO, out + "/" + ReportPage.INDEX));
    printer.flush();
    return 0;
  }

  private ReportPeriod period() {
    if (quarter != null && (from != null || to != null)) {
      throw new ParameterException(spec.commandLine(),
          "Give either --quarter or --from/--to, not both.");
    }
    try {
      return quarter != null ? ReportPeriod.quarter(quarter) : ReportPeriod.between(from, to);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "The report period is not valid: " + e.getMessage() + ".");
    }
  }

  private static boolean isLocal(String input) {
    String scheme = new Path(input).toUri().getScheme();
    return scheme == null || scheme.equals("file");
  }

  private static String localPath(String input) {
    return new Path(input).toUri().getPath();
  }

  private static boolean exists(SparkSession spark, String input) {
    Path path = new Path(input);
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + input + ": " + e.getMessage(), e);
    }
  }

  private ParameterException missing(String input) {
    return new ParameterException(spec.commandLine(),
        "No such file or folder: " + input + ". Check the path and try again.");
  }
}
