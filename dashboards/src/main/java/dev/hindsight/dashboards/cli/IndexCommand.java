package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.search.IncidentIndexWriter;
import dev.hindsight.analysis.search.IncidentSearcher;
import dev.hindsight.analysis.search.SearchableIncident;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight index}: parse and enrich local postmortems and write the search index, streaming. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Parse and enrich postmortems (as extract does) and write the search index used by search and similar.",
      "The index is built beside --out and renamed into place; files that cannot be used are counted, not indexed."
    })
public final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively) of .md, .markdown, .txt, .html, .htm.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = IndexLocation.DEFAULT,
      description = "The index folder, replaced as a whole (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "5",
      description = "Reject files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxFileMegabytes;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new ParameterException(spec.commandLine(), "No such file or folder: " + p + ". Check the path and try again.");
      }
    }
    if (!(maxFileMegabytes > 0)) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be a positive number of megabytes, got " + maxFileMegabytes + ".");
    }
    refuseToReplaceOtherFolders();
    SourceFinder.FindResult found = new SourceFinder().find(paths);
    Counted usable = new Counted(new LocalIncidents(found.sources(), new SourceReader((long) (maxFileMegabytes * 1024 * 1024))));
    long written = IncidentIndexWriter.write(out, usable);
    long rejected = usable.rejected + found.problems().size();
    PrintWriter printer = spec.commandLine().getOut();
    printer.println(String.format(Locale.ROOT, "Indexed %d %s into %s%s.", written, written == 1 ? "incident" : "incidents", out,
        rejected == 0 ? "" : "; " + rejected + (rejected == 1 ? " file" : " files")
            + " could not be used and were left out (hindsight extract shows why)"));
    printer.flush();
    return 0;
  }

  /** The index replaces --out as a whole, so --out must be new, empty, or an index already. */
  private void refuseToReplaceOtherFolders() throws IOException {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder; choose a folder for the index.");
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(out)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty && !IncidentSearcher.exists(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out
          + " is a folder with other files in it, which the index would replace; choose a new or empty folder.");
    }
  }

  /** The usable incidents of a stream as index records, counting the rejected ones it skips. */
  private static final class Counted implements Iterator<SearchableIncident> {
    private final Iterator<Incident> incidents;
    private SearchableIncident next;
    long rejected;

    Counted(Iterator<Incident> incidents) {
      this.incidents = incidents;
    }

    @Override
    public boolean hasNext() {
      while (next == null && incidents.hasNext()) {
        Incident i = incidents.next();
        if (i.postmortem().isPresent()) {
          next = SearchableIncident.of(i);
        } else {
          rejected++;
        }
      }
      return next != null;
    }

    @Override
    public SearchableIncident next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SearchableIncident out = next;
      next = null;
      return out;
    }
  }
}
