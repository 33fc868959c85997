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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight bench report}: {@code hindsight report} end to end, each run in a fresh JVM, over a corpus of N
 * files; prints each run with its peak resident memory, the median, documents per second and the median run's
 * stages.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Time 'hindsight report' end to end, each run in a fresh JVM, over N files made by cycling the sample",
      "postmortems; print each run with its peak resident memory, the median, documents per second and the stages."
    })
public final class BenchReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "10000", description = "Files in the corpus (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--runs", defaultValue = "3", description = "Runs; the median is reported (default ${DEFAULT-VALUE}).")
  int runs;

  @Mixin BenchCorpusOptions corpusOptions;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    if (docs < 1 || runs < 1) {
      throw new ParameterException(spec.commandLine(), "--docs and --runs must be at least 1.");
    }
    Path folder = corpusOptions.folder();
    Path samples = corpusOptions.samples;
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = ReplicatedCorpus.of(samples, docs, folder);
    Path report = folder.resolve("report");
    out.printf(Locale.ROOT, "corpus: %d files cycled from %s, in %s; %d runs%n", docs, samples, corpus, runs);
    out.flush();
    double[] seconds = new double[runs];
    long[] peakKilobytes = new long[runs];
    List<JsonNode> timings = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      // A fresh JVM per run, as a user runs it: JIT warm-up and session start are part of the cost.
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Hindsight.class.getName(), "report",
          corpus.toString(), "--out", report.toString()));
      if (master != null) {
        command.addAll(List.of("--master", master));
      }
      Path log = folder.resolve("bench-run.log");
      long started = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      peakKilobytes[run] = PeakMemory.watch(process);
      seconds[run] = (System.nanoTime() - started) / 1e9;
      if (process.exitValue() != 0) {
        spec.commandLine().getErr().println("hindsight: a report run failed (exit " + process.exitValue()
            + "); its output is in " + log + ".");
        return 1;
      }
      timings.add(new ObjectMapper().readTree(report.resolve(ReportJob.RUN_INFO).toFile()).get("timings"));
      out.printf(Locale.ROOT, "run %d: %.1f s (%.0f documents per second), peak resident memory %s%n", run + 1,
          seconds[run], docs / seconds[run], PeakMemory.describe(peakKilobytes[run]));
      out.flush();
    }
    int medianRun = medianIndex(seconds);
    out.printf(Locale.ROOT, "median: %.1f s for %d documents, %.0f documents per second%n", seconds[medianRun], docs,
        docs / seconds[medianRun]);
    out.println("stages of the median run (s): " + stages(timings.get(medianRun)));
    out.printf(Locale.ROOT, "each run: a new JVM (%s), %d processors, java %s%n",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(arg -> arg.startsWith("-Xm") || arg.startsWith("-XX:")).toList()),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    out.flush();
    ReplicatedCorpus.deleteTree(report);
    return 0;
  }

  private static int medianIndex(double[] seconds) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[(sorted.length - 1) / 2];
    for (int i = 0; i < seconds.length; i++) {
      if (seconds[i] == median) {
        return i;
      }
    }
    return 0;
  }

  private static String stages(JsonNode timings) {
    StringBuilder line = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = timings.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> stage = it.next();
      if (stage.getValue().isNumber() && stage.getKey().endsWith("Millis")) {
        line.append(line.isEmpty() ? "" : ", ").append(stage.getKey().replace("Millis", ""))
            .append(String.format(Locale.ROOT, " %.1f", stage.getValue().asLong() / 1000.0));
      }
    }
    return line.toString();
  }
}
