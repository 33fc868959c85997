package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusEditTest {

  private static Map<String, String> contents(Path corpus) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(corpus.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static Path corpus(Path root) throws IOException {
    for (int i = 0; i < 2_000; i++) {
      Path file = root.resolve(String.format("%02d/pm-%04d.md", i % 7, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# Incident " + i + "\n");
    }
    Files.writeString(root.resolve("labels.jsonl"), "{}\n");
    return root;
  }

  @Test
  void editsAboutOneFileInAHundredAndNeverTheLabels(@TempDir Path root) throws IOException {
    Path corpus = corpus(root);
    Map<String, String> before = contents(corpus);
    try (CorpusEdit edit = CorpusEdit.onePercentOf(corpus)) {
      edit.toggle();
      Map<String, String> after = contents(corpus);
      long changed = before.keySet().stream().filter(name -> !before.get(name).equals(after.get(name))).count();

      assertEquals(edit.files(), changed);
      assertTrue(changed >= 10 && changed <= 35, changed + " of 2000 changed");
      assertEquals(before.get("labels.jsonl"), after.get("labels.jsonl"));
    }
  }

  @Test
  void togglingTwiceOrClosingPutsTheOriginalBytesBack(@TempDir Path root) throws IOException {
    Path corpus = corpus(root);
    Map<String, String> before = contents(corpus);
    try (CorpusEdit edit = CorpusEdit.onePercentOf(corpus)) {
      edit.toggle();
      edit.toggle();
      assertEquals(before, contents(corpus));
      edit.toggle();
    }

    assertEquals(before, contents(corpus));
    assertArrayEquals(before.keySet().toArray(), contents(corpus).keySet().toArray());
  }
}
