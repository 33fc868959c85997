package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.analysis.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorFingerprintTest {

  private static Path write(Path root, String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static String of(Path code) {
    return ExtractorFingerprint.of(List.of(code), List.of());
  }

  @Test
  void aChangedLexiconChangesTheFingerprint(@TempDir Path code) throws IOException {
    write(code, "dev/hindsight/analysis/nlp/causes.tsv", "disk full\tresource-exhaustion\n");
    String before = of(code);
    write(code, "dev/hindsight/analysis/nlp/causes.tsv", "disk full\tcapacity\n");

    assertNotEquals(before, of(code));
  }

  @Test
  void filesOutsideTheExtractorDoNotChangeIt(@TempDir Path code) throws IOException {
    write(code, "dev/hindsight/ingest/sections.tsv", "timeline\n");
    String before = of(code);
    write(code, "dev/hindsight/dashboards/report/page.css", "body {}\n");

    assertEquals(before, of(code));
  }

  @Test
  void aJarAndAFolderWithTheSameEntriesAgree(@TempDir Path root) throws IOException {
    Path folder = root.resolve("classes");
    write(folder, "dev/hindsight/ingest/sections.tsv", "timeline\n");
    write(folder, "dev/hindsight/analysis/nlp/causes.tsv", "disk full\n");
    Path jar = root.resolve("code.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("dev/hindsight/analysis/nlp/causes.tsv", "dev/hindsight/ingest/sections.tsv")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(folder.resolve(name)));
        out.closeEntry();
      }
    }

    assertEquals(of(folder), of(jar));
  }

  @Test
  void theModelsAreFingerprintedToo(@TempDir Path code) throws IOException {
    write(code, "dev/hindsight/ingest/sections.tsv", "timeline\n");

    assertNotEquals(of(code), ExtractorFingerprint.of(List.of(code), NlpModels.RESOURCES.subList(0, 1)));
    assertTrue(ExtractorFingerprint.current().matches("[0-9a-f]{64}"));
  }
}
