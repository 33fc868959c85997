package dev.hindsight.ingest.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real postmortem in the shared corpus parses without an exception and none is lost. */
class SharedCorpusRobustnessTest {

  static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

  @Test
  void parsesEveryRealPostmortemWithoutLosingOne() {
    assumeTrue(Files.isDirectory(CORPUS),
        "skipped: the shared corpus is not beside the repository; it exists only in development and CI");
    List<Path> roots = List.of(CORPUS.resolve("alx-dev"), CORPUS.resolve("company"));
    SourceFinder.FindResult found = new SourceFinder().find(roots);
    long onDisk = roots.stream().mapToLong(SharedCorpusRobustnessTest::countPostmortems).sum();
    assertEquals(onDisk, found.sources().size(), "every postmortem file is found");
    assertEquals(List.of(), found.problems());
    PostmortemParser parser = PostmortemParser.standard();
    SourceReader reader = new SourceReader();
    for (SourceFinder.FoundSource f : found.sources()) {
      ReadOutcome outcome = reader.read(f);
      SourceDocument doc = (SourceDocument) outcome;
      Postmortem pm = parser.parse(doc);
      assertFalse(pm.outline().sections().isEmpty(), f.source() + " has sections");
      assertFalse(pm.title().isBlank(), f.source() + " has a title");
    }
  }

  private static long countPostmortems(Path root) {
    try (var files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".md")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
