package dev.hindsight.ingest.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.evaluation.GoldLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  /** Every file under a folder, by relative path, with its bytes. */
  private static TreeMap<String, byte[]> files(Path root) throws Exception {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void sameSeedAndCountGiveByteIdenticalCorpora(@TempDir Path dir) throws Exception {
    new CorpusGenerator(42).generate(300, dir.resolve("a"));
    new CorpusGenerator(42).generate(300, dir.resolve("b"));
    TreeMap<String, byte[]> a = files(dir.resolve("a"));
    TreeMap<String, byte[]> b = files(dir.resolve("b"));
    assertEquals(301, a.size(), "300 documents and the labels");
    assertEquals(a.keySet(), b.keySet());
    a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
  }

  @Test
  void anotherSeedGivesAnotherCorpus(@TempDir Path dir) throws Exception {
    new CorpusGenerator(42).generate(50, dir.resolve("a"));
    new CorpusGenerator(43).generate(50, dir.resolve("b"));
    assertNotEquals(Files.readString(dir.resolve("a/labels.jsonl")), Files.readString(dir.resolve("b/labels.jsonl")));
  }

  @Test
  void aLargerCorpusStartsWithTheSmallerOne(@TempDir Path dir) throws Exception {
    new CorpusGenerator(7).generate(20, dir.resolve("small"));
    new CorpusGenerator(7).generate(60, dir.resolve("large"));
    List<String> small = Files.readAllLines(dir.resolve("small/labels.jsonl"));
    assertEquals(small, Files.readAllLines(dir.resolve("large/labels.jsonl")).subList(0, 20));
  }

  @Test
  void foldersHoldAtMostAThousandFilesAndLabelsNameFilesThatExist(@TempDir Path dir) throws Exception {
    CorpusGenerator.Summary summary = new CorpusGenerator(3).generate(1001, dir);
    assertEquals(2, summary.folders());
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        try (Stream<Path> inside = Files.list(folder)) {
          assertTrue(inside.count() <= IncidentDraw.FOLDER_SIZE, folder.toString());
        }
      }
    }
    List<GoldLabel> labels = GoldLabel.load(summary.labels());
    assertEquals(1001, labels.size());
    Set<String> named = labels.stream().map(GoldLabel::file).collect(Collectors.toSet());
    assertEquals(1001, named.size(), "one label per file");
    for (GoldLabel g : labels) {
      assertTrue(Files.isRegularFile(dir.resolve(g.file())), g.file());
      assertTrue(g.field("rootCause.category").isPresent(), g.file());
      assertTrue(g.field("incident.durationMinutes").isPresent(), g.file());
      assertTrue(g.field("detection.method").isPresent(), g.file());
      assertTrue(g.json().has("misleadingPaths") && g.json().get("misleadingPaths").isArray(), g.file());
    }
  }

  @Test
  void labelsKeepTheContractsFieldsAndConventions(@TempDir Path dir) throws Exception {
    new CorpusGenerator(11).generate(200, dir);
    for (GoldLabel g : GoldLabel.load(dir.resolve(CorpusGenerator.LABELS))) {
      g.field("incident.startLocal").ifPresent(s -> assertTrue(s.asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"), s.asText()));
      g.field("incident.utcOffset").ifPresent(s -> assertTrue(s.asText().matches("[+-]\\d\\d:\\d\\d"), s.asText()));
      assertEquals(g.field("incident.durationMinutes").orElseThrow().asInt(), g.field("incident.timeToResolveMinutes").orElseThrow().asInt());
      assertFalse(g.file().startsWith("/"), g.file());
    }
  }

  @Test
  void aNegativeCountIsRefused(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(1).generate(-1, dir));
    assertTrue(e.getMessage().contains("-1"));
  }
}
