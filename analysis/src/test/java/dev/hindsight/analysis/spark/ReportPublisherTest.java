package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPublisherTest {

  private static FileSystem local() throws IOException {
    return FileSystem.getLocal(new Configuration());
  }

  private static org.apache.hadoop.fs.Path hadoop(Path path) {
    return new org.apache.hadoop.fs.Path(path.toUri());
  }

  @Test
  void aReportMovedAsideByAKilledRunIsPutBack(@TempDir Path dir) throws IOException {
    // A run killed between its two renames leaves the previous report aside and nothing at --out.
    Path aside = Files.createDirectories(dir.resolve("report.old-0b7e"));
    Files.writeString(aside.resolve("manifest.json"), "{\"files\": 3}\n");

    ReportPublisher.recover(local(), hadoop(dir.resolve("report")));

    assertEquals("{\"files\": 3}\n", Files.readString(dir.resolve("report").resolve("manifest.json")));
    assertFalse(Files.exists(aside));
  }

  @Test
  void anExistingReportIsLeftAloneWhateverLiesBesideIt(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("report"));
    Files.writeString(dir.resolve("report").resolve("manifest.json"), "new\n");
    Files.createDirectories(dir.resolve("report.old-0b7e"));

    ReportPublisher.recover(local(), hadoop(dir.resolve("report")));

    assertEquals("new\n", Files.readString(dir.resolve("report").resolve("manifest.json")));
    assertEquals(true, Files.isDirectory(dir.resolve("report.old-0b7e")));
  }
}
