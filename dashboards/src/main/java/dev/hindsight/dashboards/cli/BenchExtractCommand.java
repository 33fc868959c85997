package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.NlpModels;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight bench extract}: documents per second per core for parsing alone and for parsing
 * plus NLP enrichment, on one thread, over a corpus held in memory (so disks do not count).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Documents per CPU-second (per core) of parse and of parse + NLP on one thread, median of several runs.")
public final class BenchExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Postmortems to use (default: data/postmortems).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--docs", description = "Documents per run (the corpus is cycled; default ${DEFAULT-VALUE}).", defaultValue = "5000")
  int docs;

  @Option(names = "--runs", description = "Timed runs after one warm-up run (default ${DEFAULT-VALUE}).", defaultValue = "5")
  int runs;

  @Override
  public Integer call() {
    List<Path> roots = paths.isEmpty() ? List.of(Path.of("data", "postmortems")) : paths;
    SourceReader reader = new SourceReader();
    List<SourceDocument> corpus = new ArrayList<>();
    for (SourceFinder.FoundSource f : new SourceFinder().find(roots).sources()) {
      if (reader.read(f) instanceof SourceDocument doc) {
        corpus.add(doc);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (corpus.isEmpty()) {
      spec.commandLine().getErr().println("hindsight: no readable postmortems under " + roots + "; give a folder of .md, .txt or .html files.");
      return 2;
    }
    PostmortemParser parser = PostmortemParser.standard();
    IncidentEnricher enricher = IncidentEnricher.standard();
    NlpModels models = NlpModels.get();
    long tokens = corpus.stream().mapToLong(d -> models.tokens(d.text()).length).sum();
    out.printf("corpus: %d documents, %.0f tokens per document on average; %d documents per run, %d runs after a warm-up%n",
        corpus.size(), tokens / (double) corpus.size(), docs, runs);
    double[] parse = measure(() -> {
      for (int i = 0; i < docs; i++) {
        parser.parse(corpus.get(i % corpus.size()));
      }
    });
    double[] full = measure(() -> {
      for (int i = 0; i < docs; i++) {
        Postmortem pm = parser.parse(corpus.get(i % corpus.size()));
        enricher.enrich(pm);
      }
    });
    out.printf("parse only:   median %.0f docs per CPU-second (runs: %s)%n", median(parse), format(parse));
    out.printf("parse + NLP:  median %.0f docs per CPU-second (runs: %s)%n", median(full), format(full));
    out.println("(one thread; CPU time of that thread, so other load on the machine does not count)");
    out.printf("java %s, %d available processors, max heap %d MB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return 0;
  }

  private double[] measure(Runnable run) {
    run.run(); // warm-up: JIT and lazily loaded models
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      run.run();
      rates[r] = docs / ((threads.getCurrentThreadCpuTime() - t0) / 1e9);
    }
    return rates;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String format(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      sb.append(sb.isEmpty() ? "" : ", ").append(Math.round(v));
    }
    return sb.toString();
  }
}
