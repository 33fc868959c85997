package dev.hindsight.dashboards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.spark.ReportJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Timed runs of {@code hindsight report}, each in a fresh JVM as a user runs it, with their median and stages. */
final class ReportRuns {

  /** One run: wall seconds from process start to exit, peak resident memory, and the job's stage timings. */
  record Run(double seconds, long peakKilobytes, JsonNode timings) {}

  private ReportRuns() {}

  /** Something done to the corpus before each timed run. */
  interface BeforeRun {
    BeforeRun NOTHING = () -> { };

    void prepare() throws IOException;
  }

  /**
   * Runs the report over {@code corpus} into {@code report} {@code runs} times, each extracting every file again
   * ({@code --fresh}), printing each run to {@code out}; an IOException says which run failed and where its output
   * is.
   */
  static List<Run> time(Path corpus, Path report, int runs, String master, long documents, PrintWriter out)
      throws IOException, InterruptedException {
    return time(corpus, report, runs, master, documents, out, true, BeforeRun.NOTHING);
  }

  /**
   * As {@link #time(Path, Path, int, String, long, PrintWriter)}; {@code fresh} false lets each run reuse the
   * previous report's cache, and {@code before} changes the corpus before each run.
   */
  static List<Run> time(Path corpus, Path report, int runs, String master, long documents, PrintWriter out,
      boolean fresh, BeforeRun before) throws IOException, InterruptedException {
    List<Run> done = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      before.prepare();
      // A fresh JVM per run: JIT warm-up and session start are part of what a user waits for.
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Hindsight.class.getName(), "report",
          corpus.toString(), "--out", report.toString()));
      if (master != null) {
        command.addAll(List.of("--master", master));
      }
      if (fresh) {
        command.add("--fresh");
      }
      Path log = report.resolveSibling(report.getFileName() + "-run.log");
      long started = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long peak = PeakMemory.watch(process);
      double seconds = (System.nanoTime() - started) / 1e9;
      if (process.exitValue() != 0) {
        throw new IOException("report run " + (run + 1) + " failed (exit " + process.exitValue() + "); its output is in "
            + log);
      }
      JsonNode timings = new ObjectMapper().readTree(report.resolve(ReportJob.RUN_INFO).toFile()).get("timings");
      done.add(new Run(seconds, peak, timings));
      out.printf(Locale.ROOT, "  %s %d: %.1f s (%.0f documents per second), peak resident memory %s%s%n",
          fresh ? "run" : "rerun", run + 1, seconds, documents / seconds, PeakMemory.describe(peak),
          fresh ? "" : ", " + timings.path("reusedFiles").asLong() + " files reused");
      out.flush();
    }
    return done;
  }

  /** The run with the median time (the lower middle one for an even count). */
  static Run median(List<Run> runs) {
    double[] sorted = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
    double median = sorted[(sorted.length - 1) / 2];
    return runs.stream().filter(run -> run.seconds() == median).findFirst().orElseThrow();
  }

  /** The job's stages of one run in seconds: {@code list 0.3, extract 31.5, ...}. */
  static String stages(Run run) {
    StringBuilder line = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = run.timings().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> stage = it.next();
      if (stage.getValue().isNumber() && stage.getKey().endsWith("Millis") && !stage.getKey().equals("totalMillis")) {
        line.append(line.isEmpty() ? "" : ", ").append(stage.getKey().replace("Millis", ""))
            .append(String.format(Locale.ROOT, " %.1f", stage.getValue().asLong() / 1000.0));
      }
    }
    return line.toString();
  }

  /** The JVM the runs get: heap and collector flags, processors and Java version. */
  static String jvm() {
    return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> arg.startsWith("-Xm") || arg.startsWith("-XX:")).toList())
        + ", " + Runtime.getRuntime().availableProcessors() + " processors, java " + System.getProperty("java.version");
  }

  static double[] seconds(List<Run> runs) {
    return runs.stream().mapToDouble(Run::seconds).toArray();
  }

  static String list(double[] values) {
    return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
  }
}
