package dev.hindsight.dashboards.cli;

import dev.hindsight.ingest.synthetic.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hindsight generate}: a synthetic corpus of postmortems with gold labels, deterministic for a seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write N synthetic postmortems (Markdown, plain text, HTML; a few in UTF-16, Latin-1, CRLF or CR) in folders of",
      "at most 1,000, and their gold labels in DIR/labels.jsonl, so `hindsight score DIR/labels.jsonl` measures the",
      "extractors on text they were not written against. The same seed and count give byte-identical files."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N", description = "How many postmortems to write.")
  long count;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into; created, or empty.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count + ".");
    }
    if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
      throw new ParameterException(spec.commandLine(),
          out + " exists and is not an empty folder; choose a new folder so no file is overwritten.");
    }
    CorpusGenerator.Summary summary = new CorpusGenerator(seed).generate(count, out);
    double seconds = Math.max(1e-9, summary.elapsed().toNanos() / 1e9);
    PrintWriter w = spec.commandLine().getOut();
    w.printf("Generated %d postmortems in %d folders under %s in %.1f s (%.0f docs/s); labels in %s.%n",
        summary.documents(), summary.folders(), out, seconds, summary.documents() / seconds, summary.labels());
    w.flush();
    return 0;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
