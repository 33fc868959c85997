package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemFileExtractorTest {

  private static final PostmortemFileExtractor EXTRACTOR =
      new PostmortemFileExtractor(HadoopConf.of(new Configuration()), 1_000);

  private static Object field(Row row, String name) {
    return row.get(PostmortemFileExtractor.SCHEMA.fieldIndex(name));
  }

  @Test
  void readsParsesAndEnrichesOneFileIntoRowRecordAndReason(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "On 2024-07-22 from 10:00 to 11:00 UTC the API failed for 30% of users.\n");
    Row row = EXTRACTOR.extract("a.md", "file:" + file, Files.size(file), null);
    assertEquals(PostmortemFileExtractor.SCHEMA.size(), row.length());
    assertEquals("ok", field(row, IncidentColumns.STATUS));
    assertEquals("2024Q3", field(row, IncidentColumns.QUARTER));
    assertNull(field(row, PostmortemFileExtractor.REASON));
    assertTrue(((String) field(row, PostmortemFileExtractor.RECORD)).startsWith("{\"id\":"));
  }

  @Test
  void aFileWithColonsInItsNameIsRead(@TempDir Path dir) throws IOException {
    // Found by the hostile-input suite: Hadoop's checksum layer looked for ".colon:in:name.md.crc" and threw.
    Path file = dir.resolve("colon:in:name.md");
    Files.writeString(file, "On 2024-07-22 from 10:00 to 11:00 UTC the API failed for 30% of users.\n");
    String listed = new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()).toString();

    Row row = EXTRACTOR.extract("colon:in:name.md", listed, Files.size(file), null);

    assertEquals("ok", field(row, IncidentColumns.STATUS), String.valueOf(field(row, PostmortemFileExtractor.REASON)));
  }

  @Test
  void aLocalFileIsFoundWhateverCharactersItsNameHas(@TempDir Path dir) throws IOException {
    // Local files are read through java.nio from the listed URI, which escapes these characters.
    for (String name : List.of("with space.md", "per%20cent.md", "hash#tag.md", "caf\u00e9.md")) {
      Path file = dir.resolve(name);
      Files.writeString(file, "On 2024-07-22 from 10:00 to 11:00 UTC the API failed for 30% of users.\n");
      String listed = new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()).toString();

      Row row = EXTRACTOR.extract(name, listed, Files.size(file), null);

      assertEquals("ok", field(row, IncidentColumns.STATUS), name + ": " + field(row, PostmortemFileExtractor.REASON));
    }
  }

  @Test
  void aFileThatGrewPastTheLimitAfterListingIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("grew.md");
    Files.writeString(file, "On 2024-07-22 the API failed. ".repeat(100));

    Row row = EXTRACTOR.extract("grew.md", "file:" + file, 500, null);

    assertEquals("rejected", field(row, IncidentColumns.STATUS));
    assertEquals("the file grew past the 1000 bytes limit while being read; raise it with --max-file-size or split "
        + "the file", field(row, PostmortemFileExtractor.REASON));
  }

  @Test
  void aFileThatVanishedAfterListingIsRejectedNotThrown(@TempDir Path dir) {
    Row row = EXTRACTOR.extract("gone.md", "file:" + dir.resolve("gone.md"), 10, null);
    assertEquals("rejected", field(row, IncidentColumns.STATUS));
    assertEquals("it disappeared after it was listed (deleted or moved during the run)",
        field(row, PostmortemFileExtractor.REASON));
  }

  @Test
  void anOversizedFileIsRejectedFromItsListedLengthAlone(@TempDir Path dir) {
    // The file does not exist: had it been opened, the reason would say so.
    Row row = EXTRACTOR.extract("big.md", "file:" + dir.resolve("big.md"), 5_000_000, null);
    assertEquals("the file is 4.8 MB, over the 1000 bytes limit; raise it with --max-file-size or split the file",
        field(row, PostmortemFileExtractor.REASON));
  }

  @Test
  void anEntryTheListingCouldNotUseIsRejectedWithTheListingsReason() {
    Row row = EXTRACTOR.extract("in/loop", null, -1, "it is a symbolic link back to a folder that contains it (a loop)");
    assertEquals("rejected", field(row, IncidentColumns.STATUS));
    assertEquals("in/loop", field(row, IncidentColumns.SOURCE));
    assertEquals("it is a symbolic link back to a folder that contains it (a loop)",
        field(row, PostmortemFileExtractor.REASON));
  }

  @Test
  void theRecordNamesTheFileAsTheUserGaveItNotByItsQualifiedPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("b.md");
    Files.writeString(file, "On 2024-07-22 from 10:00 to 11:00 UTC the API failed.\n");
    Row row = EXTRACTOR.extract("notes/b.md", "file:" + file, Files.size(file), null);
    assertEquals("notes/b.md", field(row, IncidentColumns.SOURCE));
    assertTrue(((String) field(row, PostmortemFileExtractor.RECORD)).contains("\"source\":\"notes/b.md\""));
  }
}
