package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchHit;
import dev.hindsight.analysis.search.SearchableIncident;
import dev.hindsight.analysis.search.SimilarIncident;
import dev.hindsight.analysis.search.SimilarIncidents;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight similar}: the past incidents most like a new postmortem or an indexed one. */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "List past incidents like a postmortem file (parsed and enriched first) or an indexed incident id:",
      "those of the same failure class first, then the rest, each ranked by the distinctive words their root cause",
      "and summary share, with the reason each one matched. The incident itself is never listed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:no index, the file cannot be used, or the search failed", "2:no such file or id, or a bad option"})
public final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|ID", description = "A postmortem file, or the id of an indexed incident (as search prints it).")
  String target;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT,
      description = "The index folder (default: ${DEFAULT-VALUE}, where the report writes it).")
  Path index;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "3", description = "Show at most N incidents (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object (incident, results) instead of text.")
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
    try (IncidentSearcher searcher = IncidentSearcher.open(index)) {
      SimilarIncidents similar = new SimilarIncidents(searcher);
      Path file = Path.of(target);
      SearchHit probe;
      List<SimilarIncident> found;
      if (Files.isRegularFile(file)) {
        Incident incident = LocalIncidents.of(new SourceFinder.FoundSource(file, target), new SourceReader());
        if (incident.postmortem().isEmpty()) {
          err.println("hindsight: " + target + " cannot be used (" + incident.warnings().get(0).toString()
              + "); give a readable postmortem file.");
          err.flush();
          return 1;
        }
        SearchableIncident searchable = SearchableIncident.of(incident);
        probe = SearchHit.of(searchable);
        found = similar.to(searchable, limit);
      } else {
        Optional<List<SimilarIncident>> byId = similar.toIndexed(target, limit);
        if (byId.isEmpty()) {
          throw new ParameterException(spec.commandLine(), "No such file, and no incident with id " + target
              + " in " + index + "; give a postmortem file or an id that hindsight search printed.");
        }
        found = byId.get();
        probe = searcher.find(target).orElseThrow();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(SearchJson.similar(probe, found));
      } else {
        print(probe, found, out);
      }
      out.flush();
    }
    return 0;
  }

  private static void print(SearchHit probe, List<SimilarIncident> found, PrintWriter out) {
    String about = HitText.clean(probe.title().isEmpty() ? probe.source() : probe.title())
        + probe.failureClass().map(c -> " (" + c + ")").orElse("");
    if (found.isEmpty()) {
      out.println("No past incident looks like " + about + ".");
      return;
    }
    out.println("Past incidents like " + about + ":");
    int rank = 1;
    for (SimilarIncident s : found) {
      out.println();
      HitText.lines(rank++, s.incident(), List.of(s.reason())).forEach(out::println);
    }
  }
}
