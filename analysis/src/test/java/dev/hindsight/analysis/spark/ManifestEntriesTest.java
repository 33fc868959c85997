package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** A manifest read back gives its period and the entries it was written from, so writing them again is lossless. */
class ManifestEntriesTest {

  private static final List<Row> ENTRIES = List.of(
      RowFactory.create("/in/a.md", "ok", null, true),
      RowFactory.create("/in/b.md", "partial", "no-time-zone: the document gives no time zone", false),
      RowFactory.create("/in/c \"quoted\".md", "rejected", "empty: the file is empty", true));

  private static byte[] manifest(ReportPeriod period, List<Row> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportManifest.write(out, List.of("/in"), 1000, period, Map.of("ok", 1L, "partial", 1L, "rejected", 1L),
        entries.iterator());
    return out.toByteArray();
  }

  private static List<Row> read(ManifestEntries entries) {
    List<Row> rows = new ArrayList<>();
    entries.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void aManifestOverAQuarterGivesItsPeriodAndEveryEntryWithItsFlag() throws IOException {
    try (ManifestEntries entries = new ManifestEntries(
        new ByteArrayInputStream(manifest(ReportPeriod.quarter("2024Q3"), ENTRIES)))) {
      assertEquals("2024Q3", entries.period());
      assertEquals(ENTRIES, read(entries));
    }
  }

  @Test
  void writingTheEntriesReadBackGivesTheSameBytes() throws IOException {
    byte[] written = manifest(ReportPeriod.ALL, ENTRIES);
    try (ManifestEntries entries = new ManifestEntries(new ByteArrayInputStream(written))) {
      assertEquals("all time", entries.period());
      assertEquals(new String(written, StandardCharsets.UTF_8),
          new String(manifest(ReportPeriod.ALL, read(entries)), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFileThatIsNotAManifestIsRefused() {
    assertThrows(IOException.class, () -> new ManifestEntries(
        new ByteArrayInputStream("{\"files\": 3}".getBytes(StandardCharsets.UTF_8))));
    assertThrows(IOException.class, () -> new ManifestEntries(
        new ByteArrayInputStream("[1, 2]".getBytes(StandardCharsets.UTF_8))));
  }
}
