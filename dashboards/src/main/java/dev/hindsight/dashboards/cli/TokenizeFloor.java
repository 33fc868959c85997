package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.NlpModels;
import dev.hindsight.ingest.DecodedText;
import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The floor under a report's cost: every postmortem of a corpus only read, decoded and split into sentences and
 * tokens with OpenNLP, on all cores. What the full run takes beyond this is parsing, NLP, aggregates and output.
 */
final class TokenizeFloor {

  /** Seconds and tokens of one pass. */
  record Pass(double seconds, long documents, long tokens) {}

  private TokenizeFloor() {}

  /** One pass over {@code corpus}, after a warm-up on its first few hundred files so the JIT is not measured. */
  static Pass measure(Path corpus) throws IOException {
    pass(corpus, 500);
    return pass(corpus, Long.MAX_VALUE);
  }

  private static Pass pass(Path corpus, long limit) throws IOException {
    NlpModels models = NlpModels.get();
    LongAdder documents = new LongAdder();
    LongAdder tokens = new LongAdder();
    long started = System.nanoTime();
    try (Stream<Path> files = Files.walk(corpus)) {
      files.filter(file -> DocumentFormat.forFileName(file.getFileName().toString()).isPresent())
          .limit(limit)
          .parallel()
          .forEach(file -> {
            DecodedText text = new TextDecoder().decode(read(file));
            for (String sentence : models.sentences(text.text())) {
              tokens.add(models.tokens(sentence).length);
            }
            documents.increment();
          });
    }
    return new Pass((System.nanoTime() - started) / 1e9, documents.sum(), tokens.sum());
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
