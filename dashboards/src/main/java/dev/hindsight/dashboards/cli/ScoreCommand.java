package dev.hindsight.dashboards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import dev.hindsight.ingest.evaluation.FieldScores;
import dev.hindsight.ingest.evaluation.GoldLabel;
import dev.hindsight.ingest.evaluation.RecordScorer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hindsight score}: extraction accuracy against gold labels, one row per field. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the postmortems a labels file names (they sit beside it) and score each field against the labels.",
      "Rows and rules are those of shared/tools/score.py; the last line is the mean rate."
    })
public final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LABELS", description = "labels.jsonl files (format in the taxonomy).")
  List<Path> labelFiles;

  @Override
  public Integer call() {
    for (Path p : labelFiles) {
      if (!Files.isRegularFile(p)) {
        throw new ParameterException(spec.commandLine(), "No such labels file: " + p + ". Check the path and try again.");
      }
    }
    PostmortemParser parser = PostmortemParser.standard();
    IncidentEnricher enricher = IncidentEnricher.standard();
    SourceReader reader = new SourceReader();
    PrintWriter out = spec.commandLine().getOut();
    for (Path labels : labelFiles) {
      List<GoldLabel> gold = GoldLabel.load(labels);
      Map<String, JsonNode> records = new HashMap<>();
      gold.parallelStream().forEach(g -> {
        Path file = labels.toAbsolutePath().getParent().resolve(g.file());
        if (reader.read(file, g.file()) instanceof SourceDocument doc) {
          Incident incident = enricher.enrich(parser.parse(doc));
          synchronized (records) {
            records.put(g.file(), IncidentJson.tree(incident));
          }
        }
      });
      FieldScores scores = RecordScorer.score(gold, records);
      out.println(labels + " (" + records.size() + "/" + gold.size() + " records matched)");
      out.print(scores.table(false));
      out.printf("score: %.3f%n%n", scores.mean());
    }
    out.flush();
    return 0;
  }
}
