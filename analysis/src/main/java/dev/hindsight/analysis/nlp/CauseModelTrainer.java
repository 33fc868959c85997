package dev.hindsight.analysis.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the root cause models ({@code cause-model.bin}) from the project's own labelled samples.
 *
 * <p>Reproduce the shipped model from the repository root (the first command compiles and writes
 * each module's class path to its {@code cp.txt}):
 *
 * <pre>
 * mvn -q -B -o compile dependency:build-classpath -pl ingest,analysis -Dmdep.outputFile=cp.txt
 * java -cp "analysis/target/classes:ingest/target/classes:$(cat analysis/cp.txt)" \
 *   dev.hindsight.analysis.nlp.CauseModelTrainer data/postmortems/labels-train.jsonl \
 *   analysis/src/main/resources/dev/hindsight/analysis/nlp/cause-model.bin
 * </pre>
 *
 * Add {@code --leave-one-out} to print how the model does on each sample when trained on the
 * others (30 samples: category 12/30, component 6/30). Training is deterministic: the same labels give the same file. Only a train split may be used:
 * a labels file whose name says "heldout" or "fresh" is refused, so held-out text never reaches the model.
 * The same is {@code hindsight train-cause-model LABELS OUT [--leave-one-out]}.
 */
public final class CauseModelTrainer {

  /** L-BFGS maximum entropy with an L2 penalty: with a few dozen documents, unpenalized weights overfit. */
  private static final String ALGORITHM = "MAXENT_QN";
  private static final double L2_COST = 0.5;
  private static final int ITERATIONS = 300;
  private static final long MAX_BYTES = 5L * 1024 * 1024;

  private CauseModelTrainer() {}

  /** One labelled document, as the model sees it. */
  record Sample(String file, String[] features, String category, String component) {}

  /** Trains both models; usage in the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CauseModelTrainer LABELS.jsonl OUT.bin [--leave-one-out]");
      System.exit(2);
    }
    PrintWriter log = new PrintWriter(System.out, true);
    trainAndWrite(Path.of(args[0]), Path.of(args[1]), args.length > 2 && args[2].equals("--leave-one-out"), log);
  }

  /** Trains on a labels file, writes the model file, and reports (also leave-one-out if asked). */
  public static void trainAndWrite(Path labels, Path out, boolean leaveOneOut, PrintWriter log) throws IOException {
    List<Sample> samples = samples(labels);
    CauseModel model = train(samples);
    try (OutputStream stream = Files.newOutputStream(out)) {
      model.write(stream);
    }
    log.printf(Locale.ROOT, "trained on %d documents of %s, wrote %s%n", samples.size(), labels, out);
    log.flush();
    if (leaveOneOut) {
      leaveOneOut(samples);
    }
  }

  /** The samples of a labels file (format in taxonomy.md), documents read relative to it. */
  static List<Sample> samples(Path labels) throws IOException {
    if (labels.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*(heldout|held-out|fresh).*")) {
      throw new IllegalArgumentException("refusing to train on held-out labels: " + labels);
    }
    ObjectMapper json = new ObjectMapper();
    SourceReader reader = new SourceReader(MAX_BYTES);
    PostmortemParser parser = PostmortemParser.standard();
    SentenceSplitter splitter = new SentenceSplitter(NlpModels.get());
    CauseClassifier reading = new CauseClassifier(CauseClassifier.Mode.LEXICON);
    List<Sample> out = new ArrayList<>();
    for (String line : Files.readAllLines(labels)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = json.readTree(line);
      String file = label.path("file").asText();
      JsonNode cause = label.path("rootCause");
      if (file.isEmpty() || !cause.hasNonNull("category") || !cause.hasNonNull("component")) {
        continue; // a document a careful reader could not label teaches nothing
      }
      Path path = labels.resolveSibling(file);
      ReadOutcome read = reader.read(path, path.toString());
      if (read instanceof RejectedSource rejected) {
        throw new IllegalStateException("cannot read labelled document " + path + ": " + rejected.reason());
      }
      Incident incident = splitter.apply(Incident.of(parser.parse((SourceDocument) read)));
      List<CauseStatement> statements = reading.statements(incident.postmortem().orElseThrow(), incident.enrichment().sentences());
      out.add(new Sample(file, CauseFeatures.get().of(statements), cause.get("category").asText(), cause.get("component").asText()));
    }
    return out;
  }

  /** Both models trained on the samples. */
  static CauseModel train(List<Sample> samples) throws IOException {
    List<Event> categories = new ArrayList<>();
    List<Event> components = new ArrayList<>();
    for (Sample s : samples) {
      categories.add(new Event(s.category(), s.features()));
      components.add(new Event(s.component(), s.features()));
    }
    return new CauseModel(fit(categories), fit(components));
  }

  private static MaxentModel fit(List<Event> events) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("L2Cost", L2_COST);
    params.put("L1Cost", 0.0);
    Map<String, String> report = new HashMap<>();
    return TrainerFactory.getEventTrainer(params, report).train(ObjectStreamUtils.createObjectStream(events));
  }

  /** Trains on all samples but one and reads that one, for each sample; prints the hits. */
  static void leaveOneOut(List<Sample> samples) throws IOException {
    int category = 0;
    int component = 0;
    for (int i = 0; i < samples.size(); i++) {
      List<Sample> rest = new ArrayList<>(samples);
      Sample held = rest.remove(i);
      CauseModel model = train(rest);
      String c = best(model.categories(held.features()));
      String k = best(model.components(held.features()));
      category += c.equals(held.category()) ? 1 : 0;
      component += k.equals(held.component()) ? 1 : 0;
      System.out.printf(Locale.ROOT, "%-36s %s/%s -> %s/%s%n", held.file(), held.category(), held.component(), c, k);
    }
    System.out.printf(Locale.ROOT, "leave-one-out: category %d/%d, component %d/%d%n", category, samples.size(), component, samples.size());
  }

  private static String best(Map<String, Double> distribution) {
    return distribution.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
  }
}
