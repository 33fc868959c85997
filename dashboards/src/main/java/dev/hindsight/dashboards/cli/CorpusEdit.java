package dev.hindsight.dashboards.cli;

import dev.hindsight.ingest.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An edit of one file in a hundred of a corpus, chosen by a hash of its path, that can be applied and undone: the
 * change a rerun of the report is benchmarked on. The originals are kept in memory and restored on close.
 */
final class CorpusEdit implements AutoCloseable {

  private static final byte[] NOTE = "\n\nReviewed again a week later; the timeline above was confirmed.\n"
      .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private final List<Path> files;
  private final List<byte[]> originals;
  private boolean edited;

  private CorpusEdit(List<Path> files, List<byte[]> originals) {
    this.files = files;
    this.originals = originals;
  }

  /** The postmortems of {@code corpus} whose relative path hashes to 0 modulo 100, read but not yet edited. */
  static CorpusEdit onePercentOf(Path corpus) throws IOException {
    List<Path> files = new ArrayList<>();
    List<byte[]> originals = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        String relative = corpus.relativize(file).toString();
        if (Files.isRegularFile(file) && DocumentFormat.forFileName(file.getFileName().toString()).isPresent()
            && Math.floorMod(relative.hashCode(), 100) == 0) {
          files.add(file);
          originals.add(Files.readAllBytes(file));
        }
      }
    }
    return new CorpusEdit(files, originals);
  }

  /** How many files the edit changes. */
  int files() {
    return files.size();
  }

  /** Appends a note to each chosen file, or puts its original bytes back if it has one: either way they change. */
  void toggle() throws IOException {
    for (int i = 0; i < files.size(); i++) {
      if (edited) {
        Files.write(files.get(i), originals.get(i));
      } else {
        Files.write(files.get(i), NOTE, StandardOpenOption.APPEND);
      }
    }
    edited = !edited;
  }

  @Override
  public void close() throws IOException {
    if (edited) {
      toggle();
    }
  }
}
