package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.search.FacetCount;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.QuerySyntaxError;
import dev.hindsight.analysis.search.SearchHit;
import dev.hindsight.analysis.search.SearchOutcome;
import dev.hindsight.analysis.search.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight search}: past incidents matching a query, best first, with facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search past incidents with Lucene query syntax. Words without a field search the root cause, the summary and",
      "the whole text; fields: id, title, source, quarter, start (dates), duration (minutes), category, component,",
      "class, service, hypothesis, detection, cause, summary, text. Every word must match unless OR says otherwise.",
      "Examples: 'category:misconfiguration AND component:load-balancer', '\"connection pool\" duration:[60 TO *]',",
      "'hypothesis:database', 'lb AND start:[2024-01-01 TO *]'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (also when nothing matched)", "1:no index, or the search failed", "2:the query cannot be read, or a bad option"})
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
  List<String> words;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT,
      description = "The index folder (default: ${DEFAULT-VALUE}, where the report writes it).")
  Path index;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Show at most N incidents (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object (query, total, results, facets) instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit + ".");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!IndexLocation.check(index, err)) {
      return 1;
    }
    String query = String.join(" ", words);
    SearchOutcome outcome;
    try (IncidentSearcher searcher = IncidentSearcher.open(index)) {
      outcome = searcher.search(query, limit);
    }
    if (outcome instanceof QuerySyntaxError error) {
      err.println("hindsight: " + error.message());
      err.flush();
      return 2;
    }
    SearchResults results = (SearchResults) outcome;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchJson.results(results));
    } else {
      print(results, out);
    }
    out.flush();
    return 0;
  }

  private static void print(SearchResults r, PrintWriter out) {
    if (r.total() == 0) {
      out.println("No incident matches " + HitText.clean(r.query()) + ".");
      return;
    }
    out.println(String.format(Locale.ROOT, "%d %s match%s.", r.total(), r.total() == 1 ? "incident" : "incidents",
        r.hits().size() < r.total() ? "; the best " + r.hits().size() + " first" : ""));
    int rank = 1;
    for (SearchHit hit : r.hits()) {
      out.println();
      HitText.lines(rank++, hit, List.of(hit.snippet())).forEach(out::println);
    }
    out.println();
    out.println("Among all matches:");
    for (Map.Entry<String, List<FacetCount>> dim : r.facets().entrySet()) {
      if (!dim.getValue().isEmpty()) {
        out.println("  " + dim.getKey() + ": " + dim.getValue().stream()
            .map(c -> HitText.clean(c.value()) + " " + c.count()).collect(Collectors.joining(", ")));
      }
    }
  }
}
