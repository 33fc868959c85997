package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void partsAreJoinedInPartOrderWithTheirRepeatedHeaderOnce(@TempDir Path dir) throws IOException {
    Path staging = Files.createDirectories(dir.resolve("_table.csv.tmp"));
    // Written out of order, as tasks finish; the part number decides the place.
    Files.writeString(staging.resolve("part-00002-x-c000.csv"), "k,v\nc,3\n");
    Files.writeString(staging.resolve("part-00000-x-c000.csv"), "k,v\na,1\n");
    Files.writeString(staging.resolve("part-00001-x-c000.csv"), "k,v\nb,2\n");

    ReportPublisher.joinParts(local(), hadoop(staging), hadoop(dir.resolve("table.csv")), "k,v\n".getBytes());

    assertEquals("k,v\na,1\nb,2\nc,3\n", Files.readString(dir.resolve("table.csv")));
    assertFalse(Files.exists(staging));
  }

  @Test
  void aPartWithoutTheHeaderIsRefused(@TempDir Path dir) throws IOException {
    Path staging = Files.createDirectories(dir.resolve("_table.csv.tmp"));
    Files.writeString(staging.resolve("part-00000-x-c000.csv"), "k,v\na,1\n");
    Files.writeString(staging.resolve("part-00001-x-c000.csv"), "b,2\n");

    assertThrows(IOException.class, () ->
        ReportPublisher.joinParts(local(), hadoop(staging), hadoop(dir.resolve("table.csv")), "k,v\n".getBytes()));
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
