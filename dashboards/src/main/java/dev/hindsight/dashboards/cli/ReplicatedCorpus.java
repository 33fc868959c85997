package dev.hindsight.dashboards.cli;

import dev.hindsight.ingest.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileUtil;

/**
 * A benchmark corpus of exactly N files made by cycling sample postmortems into folders of a thousand, built once
 * and reused while it still holds N files. Copies, not new documents: it measures throughput, not accuracy.
 */
final class ReplicatedCorpus {

  private static final int FILES_PER_FOLDER = 1_000;

  private ReplicatedCorpus() {}

  /** The folder {@code <parent>/replicated-<docs>}, built from the postmortems directly in {@code samples}. */
  static Path of(Path samples, int docs, Path parent) throws IOException {
    Path corpus = parent.resolve("replicated-" + docs);
    if (Files.isDirectory(corpus) && count(corpus) == docs) {
      return corpus;
    }
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples)) {
      files.filter(Files::isRegularFile)
          .filter(file -> DocumentFormat.forFileName(file.getFileName().toString()).isPresent())
          .sorted()
          .forEach(sources::add);
    }
    if (sources.isEmpty()) {
      throw new IOException("there are no sample postmortems (.md, .txt, .html) in " + samples);
    }
    Path building = parent.resolve("replicated-" + docs + ".building");
    deleteTree(building);
    deleteTree(corpus);
    for (int i = 0; i < docs; i++) {
      Path folder = building.resolve(String.format(Locale.ROOT, "part-%04d", i / FILES_PER_FOLDER));
      if (i % FILES_PER_FOLDER == 0) {
        Files.createDirectories(folder);
      }
      Path source = sources.get(i % sources.size());
      Files.copy(source, folder.resolve(String.format(Locale.ROOT, "%07d-%s", i, source.getFileName())));
    }
    Files.move(building, corpus);
    return corpus;
  }

  private static long count(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root) && !FileUtil.fullyDelete(root.toFile())) {
      throw new IOException("could not delete " + root);
    }
  }
}
