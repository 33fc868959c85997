package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.Incident;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.IncidentExplanation;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight extract}: one JSON record per postmortem, as JSON Lines, sorted by source path. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Parse postmortems and print one JSON record per document (the record contract), sorted by path.",
      "Files that cannot be used still get a line, with status \"rejected\" and the reason."
    })
public final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively) of .md, .markdown, .txt, .html, .htm.")
  List<Path> paths;

  @Option(names = "--pretty", description = "Indent each record (no longer one record a line).")
  boolean pretty;

  @Option(names = "--explain", description = "Add an \"explain\" object to each record: for each extracted field, the sentence and the cue or model score that produced it.")
  boolean explain;

  @Option(names = "--max-file-size", paramLabel = "MB", description = "Reject files larger than this many megabytes (default: ${DEFAULT-VALUE}).", defaultValue = "5")
  double maxFileMegabytes;

  @Override
  public Integer call() {
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new ParameterException(spec.commandLine(), "No such file or folder: " + p + ". Check the path and try again.");
      }
    }
    if (maxFileMegabytes <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be a positive number of megabytes, got " + maxFileMegabytes + ".");
    }
    SourceFinder.FindResult found = new SourceFinder().find(paths);
    SourceReader reader = new SourceReader((long) (maxFileMegabytes * 1024 * 1024));
    PostmortemParser parser = PostmortemParser.standard();
    IncidentEnricher enricher = IncidentEnricher.standard();
    List<Incident> incidents = new ArrayList<>(found.sources().parallelStream().map(f -> {
      ReadOutcome outcome = reader.read(f);
      if (!(outcome instanceof SourceDocument doc)) {
        return Incident.rejected((RejectedSource) outcome);
      }
      try {
        return enricher.enrich(parser.parse(doc));
      } catch (RuntimeException | StackOverflowError e) {
        // A parser bug on one strange document must not cost the others their records.
        return Incident.rejected(RejectedSource.unprocessable(doc.source(), e));
      }
    }).toList());
    found.problems().forEach(p -> incidents.add(Incident.rejected(p)));
    incidents.sort(Comparator.comparing(Incident::source));
    PrintWriter out = spec.commandLine().getOut();
    for (Incident incident : incidents) {
      ObjectNode record = IncidentJson.tree(incident);
      if (explain) {
        record.set("explain", IncidentExplanation.of(incident));
      }
      out.println(pretty ? IncidentJson.pretty(record) : IncidentJson.line(record));
    }
    out.flush();
    return 0;
  }
}
