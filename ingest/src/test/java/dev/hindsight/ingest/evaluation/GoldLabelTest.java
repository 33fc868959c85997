package dev.hindsight.ingest.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLabelTest {

  private static final String LABELS = """
      {"file":"a.md","rootCause":{"category":"capacity"}}

      {"file":"b.md","rootCause":{"category":"bad-change"}}
      {"file":"c.md", this line is not JSON
      """;

  @TempDir Path folder;

  @Test
  void loadsEveryLabelInFileOrderSkippingBlankLines() throws IOException {
    Path labels = write(LABELS.lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
    List<GoldLabel> loaded = GoldLabel.load(labels);
    assertEquals(List.of("a.md", "b.md"), loaded.stream().map(GoldLabel::file).toList());
    assertEquals("bad-change", loaded.get(1).field("rootCause.category").orElseThrow().asText());
  }

  @Test
  void firstStopsReadingOnceItHasEnoughLabels() throws IOException {
    // The malformed third label is never parsed: only the sample is read.
    List<GoldLabel> sample = GoldLabel.first(write(LABELS), 2);
    assertEquals(List.of("a.md", "b.md"), sample.stream().map(GoldLabel::file).toList());
  }

  @Test
  void aMalformedLabelInsideTheSampleFailsWithTheFileName() throws IOException {
    Path labels = write(LABELS);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> GoldLabel.first(labels, 3));
    assertEquals("cannot read labels " + labels, e.getMessage());
  }

  private Path write(String text) throws IOException {
    Path labels = folder.resolve("labels.jsonl");
    Files.writeString(labels, text);
    return labels;
  }
}
