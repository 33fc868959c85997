package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.search.IncidentIndexWriter;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchResults;
import dev.hindsight.analysis.search.SearchableIncident;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight bench search}: query latency (p50, p99) on an index of N incidents, each query beside the time
 * {@code grep -ril} takes to find the same words in the raw files.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search latency, p50 and p99 per query (results, snippets and facets included), on an index of N incidents",
      "made by cycling the sample postmortems, beside 'grep -ril' for the same words over the same N raw files."
    })
public final class BenchSearchCommand implements Callable<Integer> {

  /** A query, and the words grep looks for to answer roughly the same question. */
  private record Probe(String kind, String query, String grepWords) {}

  private static final List<Probe> PROBES = List.of(
      new Probe("field", "category:misconfiguration AND component:load-balancer", "load balancer"),
      new Probe("field", "hypothesis:database", "database"),
      new Probe("field", "component:certificate", "certificate"),
      new Probe("phrase", "\"connection pool\"", "connection pool"),
      new Probe("phrase", "\"load balancer\"", "load balancer"),
      new Probe("range", "\"disk full\" OR duration:[60 TO *]", "disk full"),
      new Probe("words", "certificate expired renewal", "certificate"));

  @Spec CommandSpec spec;

  @Option(names = "--incidents", defaultValue = "100000", description = "Incidents in the index (default ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--repeats", defaultValue = "200",
      description = "Timed searches per query after a warm-up (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = ReportCommand.DEFAULT_INPUT,
      description = "The postmortems to cycle into the corpus (default ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Time an existing index instead (e.g. a report's index/ folder); --incidents is then ignored.")
  Path existingIndex;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "With --index: the postmortems it was built from, for the grep comparison (none if absent).")
  Path existingCorpus;

  @Mixin BenchCorpusOptions corpusOptions;

  @Override
  public Integer call() throws Exception {
    if (incidents < 1 || repeats < 1) {
      throw new ParameterException(spec.commandLine(), "--incidents and --repeats must be at least 1.");
    }
    if (existingIndex != null && !IncidentSearcher.exists(existingIndex)) {
      throw new ParameterException(spec.commandLine(), "There is no search index in " + existingIndex
          + "; give a report's index/ folder or an 'hindsight index' output.");
    }
    Path folder = corpusOptions.folder();
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = existingIndex != null ? existingCorpus : ReplicatedCorpus.of(samples, incidents, folder);
    Path index = existingIndex != null ? existingIndex : folder.resolve("index-" + incidents);
    if (!IncidentSearcher.exists(index)) {
      long started = System.nanoTime();
      buildIndex(index, samples);
      out.printf(Locale.ROOT, "built the index of %d incidents in %.1f s%n", incidents,
          (System.nanoTime() - started) / 1e9);
    }
    out.printf(Locale.ROOT, "index: %s; raw files: %s; %d timed searches per query%n", index,
        corpus == null ? "none (no grep comparison)" : corpus, repeats);
    out.printf(Locale.ROOT, "%-7s %-55s %8s %8s %8s %10s %10s %9s %8s%n", "kind", "query", "hits", "p50 ms", "p99 ms",
        "p50 cold", "p99 cold", "grep ms", "grep/p50");
    try (IncidentSearcher searcher = IncidentSearcher.open(index);
        IncidentSearcher cold = IncidentSearcher.openWithoutQueryCache(index)) {
      out.printf(Locale.ROOT, "%d incidents in the index%n", searcher.size());
      // Every query on both searchers first, so the JIT has compiled the search code before the first timing.
      for (Probe probe : PROBES) {
        for (int i = 0; i < Math.max(20, repeats / 5); i++) {
          searcher.search(probe.query(), 10);
          cold.search(probe.query(), 10);
        }
      }
      for (Probe probe : PROBES) {
        long hits = ((SearchResults) searcher.search(probe.query(), 10)).total();
        double[] cached = time(searcher, probe.query());
        double[] uncached = time(cold, probe.query());
        double grep = corpus == null ? Double.NaN : grepMillis(probe.grepWords(), corpus);
        out.printf(Locale.ROOT, "%-7s %-55s %8d %8.2f %8.2f %10.2f %10.2f %9.0f %8.0f%n", probe.kind(), probe.query(),
            hits, percentile(cached, 0.50), percentile(cached, 0.99), percentile(uncached, 0.50),
            percentile(uncached, 0.99), grep, grep / percentile(cached, 0.50));
        out.flush();
      }
    }
    out.println("(searches one after another, each on every core; 'cold' without Lucene's query cache, which keeps the"
        + " matches of a query asked again; grep is 'grep -ril' for the quoted words, after one run to warm the file"
        + " cache)");
    out.flush();
    return 0;
  }

  /** The N copies as 'hindsight index' would index them: the distinct samples enriched once, each copy its own id. */
  private void buildIndex(Path index, Path samples) throws IOException {
    List<SourceFinder.FoundSource> sources = new SourceFinder().find(List.of(samples)).sources();
    List<SearchableIncident> distinct = new ArrayList<>();
    LocalIncidents enriched = new LocalIncidents(sources, new SourceReader());
    while (enriched.hasNext()) {
      Incident incident = enriched.next();
      if (incident.postmortem().isPresent()) {
        distinct.add(SearchableIncident.of(incident));
      }
    }
    if (distinct.isEmpty()) {
      throw new IOException("there are no readable postmortems in " + samples);
    }
    try (IncidentIndexWriter writer = IncidentIndexWriter.create(index)) {
      for (int i = 0; i < incidents; i++) {
        SearchableIncident s = distinct.get(i % distinct.size());
        writer.add(new SearchableIncident(s.id() + "-" + i, s.title(), "copy-" + i + "/" + s.source(), s.start(),
            s.durationMinutes(), s.category(), s.component(), s.services(), s.hypotheses(), s.detection(), s.cause(),
            s.summary(), s.text()));
      }
    }
  }

  /** The sorted times of {@code repeats} searches for {@code query} (warmed up by the caller). */
  private double[] time(IncidentSearcher searcher, String query) throws IOException {
    double[] millis = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long started = System.nanoTime();
      searcher.search(query, 10);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static double grepMillis(String words, Path corpus) throws IOException, InterruptedException {
    List<String> command = List.of("grep", "-ril", "--", words, corpus.toString());
    run(command);
    long started = System.nanoTime();
    run(command);
    return (System.nanoTime() - started) / 1e6;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process grep = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!grep.waitFor(10, TimeUnit.MINUTES)) {
      grep.destroyForcibly();
      throw new IOException("grep took more than 10 minutes");
    }
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
