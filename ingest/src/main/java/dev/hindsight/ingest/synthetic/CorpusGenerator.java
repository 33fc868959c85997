package dev.hindsight.ingest.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Writes a synthetic corpus: {@code count} postmortems in folders of at most {@value IncidentDraw#FOLDER_SIZE}, and
 * their gold labels in {@code labels.jsonl} at the top. Streams folder by folder (only one folder's label lines are
 * held), draws and writes documents in parallel, and gives byte-identical output for the same seed and count.
 */
public final class CorpusGenerator {

  /** The labels file's name inside the corpus folder. */
  public static final String LABELS = "labels.jsonl";

  /** What a run wrote. */
  public record Summary(long documents, long folders, Path labels, Duration elapsed) {}

  private final IncidentDraw draw;
  private final PostmortemWriter writer;
  private final GoldLabelWriter labels = new GoldLabelWriter();

  /** A generator over the shipped vocabulary. */
  public CorpusGenerator(long seed) {
    this(GeneratorVocabulary.standard(), seed);
  }

  public CorpusGenerator(GeneratorVocabulary vocabulary, long seed) {
    this.draw = new IncidentDraw(vocabulary, seed);
    this.writer = new PostmortemWriter(vocabulary);
  }

  /** Writes {@code count} documents and their labels under {@code out} (created when missing). */
  public Summary generate(long count, Path out) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    long began = System.nanoTime();
    Path labelsFile = out.resolve(LABELS);
    long folders = (count + IncidentDraw.FOLDER_SIZE - 1) / IncidentDraw.FOLDER_SIZE;
    try {
      Files.createDirectories(out);
      try (BufferedWriter labelsOut = Files.newBufferedWriter(labelsFile, StandardCharsets.UTF_8)) {
        for (long folder = 0; folder < folders; folder++) {
          long from = folder * IncidentDraw.FOLDER_SIZE;
          long to = Math.min(count, from + IncidentDraw.FOLDER_SIZE);
          Files.createDirectories(out.resolve(String.format("%04d", folder)));
          // Each document depends on its index alone, so the parallel order does not matter; the labels keep index order.
          List<String> lines = LongStream.range(from, to).parallel().mapToObj(i -> writeOne(out, i)).toList();
          for (String line : lines) {
            labelsOut.write(line);
            labelsOut.write('\n');
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus under " + out + ": " + e.getMessage(), e);
    }
    return new Summary(count, folders, labelsFile, Duration.ofNanos(System.nanoTime() - began));
  }

  /** The facts of one document, for tests and tools that look at the draw without writing. */
  public SyntheticIncident incident(long index) {
    return draw.draw(index);
  }

  private String writeOne(Path out, long index) {
    SyntheticIncident incident = draw.draw(index);
    try {
      Files.write(out.resolve(incident.file()), writer.bytes(incident));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve(incident.file()) + ": " + e.getMessage(), e);
    }
    return labels.line(incident);
  }
}
