package dev.hindsight.dashboards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = ReportCommand.DEFAULT_INPUT,
      description = "The postmortems to cycle into the corpus (default ${DEFAULT-VALUE}).")
  Path samples;

  @Mixin BenchCorpusOptions corpusOptions;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (docs < 1 || runs < 1) {
      throw new ParameterException(spec.commandLine(), "--docs and --runs must be at least 1.");
    }
    Path folder = corpusOptions.folder();
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = ReplicatedCorpus.of(samples, docs, folder);
    Path report = folder.resolve("report");
    out.printf(Locale.ROOT, "corpus: %d files cycled from %s, in %s; %d runs%n", docs, samples, corpus, runs);
    out.flush();
    List<ReportRuns.Run> timed;
    try {
      timed = ReportRuns.time(corpus, report, runs, master, docs, out);
    } catch (IOException e) {
      spec.commandLine().getErr().println("hindsight: " + e.getMessage() + ".");
      return 1;
    }
    ReportRuns.Run median = ReportRuns.median(timed);
    out.printf(Locale.ROOT, "median: %.1f s for %d documents, %.0f documents per second%n", median.seconds(), docs,
        docs / median.seconds());
    out.println("stages of the median run (s): " + ReportRuns.stages(median));
    out.println("each run: a new JVM (" + ReportRuns.jvm() + ")");
    out.flush();
    ReplicatedCorpus.deleteTree(report);
    return 0;
  }
}
