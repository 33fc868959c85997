package dev.hindsight.dashboards.cli;

import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.RecordScorer;
import dev.hindsight.ingest.synthetic.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code hindsight bench}: the full report over generated corpora of several sizes, each run in a fresh JVM, beside
 * the floor of only reading and tokenizing the same files, with the accuracy on the generated labels; and the
 * narrower benchmarks as subcommands. Nothing in the tests is timed: the figures come from here.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generate (or reuse) corpora of the given sizes and run the full report on each, every run in a fresh JVM;",
      "print documents per second, the stages of the median run, the peak resident memory, the floor (the same",
      "corpus only read and tokenized with OpenNLP on all cores) and the ratio of the full run to it, the",
      "accuracy of the report's records on the generated gold labels, and the time of reruns after one file in a",
      "hundred changed (the rest reused from the report's cache) as a share of the full run. The corpus is left as",
      "it was generated."
    },
    subcommands = {BenchExtractCommand.class, BenchReportCommand.class, BenchSearchCommand.class})
public final class BenchCommand implements Callable<Integer> {

  // Enough labels for a figure to two decimals, few enough to hold in memory at any corpus size.
  private static final int SCORED = 5_000;
  private static final long SEED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
      description = "Corpus sizes, comma-separated (default ${DEFAULT-VALUE}).")
  List<Long> sizes;

  @Option(names = "--runs", defaultValue = "3", description = "Report runs per size; the median is reported "
      + "(default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Mixin BenchCorpusOptions corpusOptions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (runs < 1 || sizes.stream().anyMatch(size -> size < 1)) {
      throw new ParameterException(spec.commandLine(), "--sizes and --runs must be at least 1.");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("each report run: a new JVM (" + ReportRuns.jvm() + ")");
    for (long size : sizes) {
      Path corpus = generated(size, out);
      Path report = corpusOptions.folder().resolve("report-" + size);
      out.printf(Locale.ROOT, "%d documents (%s):%n", size, corpus);
      out.flush();
      List<ReportRuns.Run> timed;
      try {
        timed = ReportRuns.time(corpus, report, runs, master, size, out);
      } catch (IOException e) {
        spec.commandLine().getErr().println("hindsight: " + e.getMessage() + ".");
        return 1;
      }
      ReportRuns.Run median = ReportRuns.median(timed);
      out.printf(Locale.ROOT, "  median of %d: %.1f s, %.0f documents per second; runs %s s%n", runs,
          median.seconds(), size / median.seconds(), ReportRuns.list(ReportRuns.seconds(timed)));
      out.println("  stages of the median run (s): " + ReportRuns.stages(median));
      TokenizeFloor.Pass floor = TokenizeFloor.measure(corpus);
      out.printf(Locale.ROOT, "  floor (read + OpenNLP sentences and tokens, all cores): %.1f s, %.0f tokens per "
              + "document; full run / floor = %.1f%n", floor.seconds(),
          floor.tokens() / (double) Math.max(1, floor.documents()), median.seconds() / floor.seconds());
      FieldScores scores = ReportAccuracy.of(report, corpus.resolve(CorpusGenerator.LABELS), corpus.toString(),
          SCORED);
      out.printf(Locale.ROOT, "  accuracy on the gold labels of the first %d documents: score %.3f (start %.2f, "
              + "end %.2f, failure class %.2f, misleading paths P %.2f R %.2f, detection %.2f)%n",
          Math.min(size, SCORED), scores.mean(), scores.rate(RecordScorer.START), scores.rate(RecordScorer.END),
          scores.rate(RecordScorer.FAILURE_CLASS), scores.rate(RecordScorer.PATHS_PRECISION),
          scores.rate(RecordScorer.PATHS_RECALL), scores.rate(RecordScorer.DETECTION));
      out.flush();
      // After the accuracy, which reads the report of the unedited corpus.
      rerun(corpus, report, size, median, out);
    }
    return 0;
  }

  /**
   * Times reruns over the corpus with one file in a hundred changed since the report in {@code report}: each rerun
   * edits or restores those files, so each finds them changed and reuses the rest from the cache.
   */
  private void rerun(Path corpus, Path report, long size, ReportRuns.Run full, PrintWriter out)
      throws IOException, InterruptedException {
    try (CorpusEdit edit = CorpusEdit.onePercentOf(corpus)) {
      out.printf(Locale.ROOT, "  reruns with %d files (%.1f%%) changed since the previous report:%n", edit.files(),
          100.0 * edit.files() / size);
      List<ReportRuns.Run> reruns = ReportRuns.time(corpus, report, runs, master, size, out, false, edit::toggle);
      ReportRuns.Run median = ReportRuns.median(reruns);
      out.printf(Locale.ROOT, "  rerun median of %d: %.1f s = %.1f%% of the full run; runs %s s%n", runs,
          median.seconds(), 100 * median.seconds() / full.seconds(), ReportRuns.list(ReportRuns.seconds(reruns)));
      out.println("  stages of the median rerun (s): " + ReportRuns.stages(median));
    }
  }

  /** The generated corpus of {@code size} documents, made once (seed 1) and reused while its labels are there. */
  private Path generated(long size, PrintWriter out) throws IOException {
    Path corpus = corpusOptions.folder().resolve("generated-" + size);
    if (Files.isRegularFile(corpus.resolve(CorpusGenerator.LABELS))) {
      return corpus;
    }
    Path building = corpusOptions.folder().resolve("generated-" + size + ".building");
    ReplicatedCorpus.deleteTree(building);
    CorpusGenerator.Summary made = new CorpusGenerator(SEED).generate(size, building);
    Files.move(building, corpus);
    out.printf(Locale.ROOT, "generated %d documents in %.1f s%n", made.documents(), made.elapsed().toMillis() / 1000.0);
    return corpus;
  }
}
