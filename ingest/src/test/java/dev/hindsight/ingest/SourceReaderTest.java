package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  private final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

  @Test
  void readsMarkdownFileIntoSourceDocument() throws IOException {
    Path file = write("db-outage.md", "# DB outage\r\nPrimary failed over.\r\n");

    SourceDocument document = assertInstanceOf(SourceDocument.class, reader.read(file, "data/db-outage.md"));

    assertEquals("data/db-outage.md", document.source());
    assertEquals(DocumentFormat.MARKDOWN, document.format());
    assertEquals("# DB outage\nPrimary failed over.\n", document.text());
    assertEquals(List.of(), document.warnings());
  }

  @Test
  void hashesTheRawBytesNotTheDecodedText() throws IOException {
    byte[] raw = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\r', '\n'};
    Path file = Files.write(dir.resolve("a.txt"), raw);

    SourceDocument document = assertInstanceOf(SourceDocument.class, reader.read(file, "a.txt"));

    assertEquals(ContentHash.of(raw), document.contentHash());
  }

  @Test
  void takesFormatFromExtensionWhateverItsCase() throws IOException {
    Path file = write("REPORT.HTML", "<h1>Outage</h1>");

    SourceDocument document = assertInstanceOf(SourceDocument.class, reader.read(file, "REPORT.HTML"));

    assertEquals(DocumentFormat.HTML, document.format());
  }

  @Test
  void carriesDecoderWarningsIntoTheDocument() throws IOException {
    Path file = Files.write(dir.resolve("old.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});

    SourceDocument document = assertInstanceOf(SourceDocument.class, reader.read(file, "old.txt"));

    assertEquals("Café\n", document.text());
    assertEquals(List.of("charset-fallback"), document.warnings().stream().map(Warning::kind).toList());
  }

  @Test
  void rejectsFileOverSizeLimitWithoutReadingIt() throws IOException {
    // Sparse, so it costs no disk; reading it into memory would take minutes and exhaust the heap.
    Path file = sparseFile("huge.md", 10 * 1024 * MB);

    ReadOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(file, "huge.md"));

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, outcome);
    assertEquals(
        "the file is 10.0 GB, over the 5.0 MB limit; raise it with --max-file-size or split the file",
        rejected.reason());
    assertEquals(ContentHash.of("huge.md"), rejected.contentHash());
  }

  @Test
  void namesBothSizesInMegabytesWhenOverTheLimit() throws IOException {
    Path file = sparseFile("big.md", (long) (12.3 * MB));

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "big.md"));

    assertEquals(
        "the file is 12.3 MB, over the 5.0 MB limit; raise it with --max-file-size or split the file",
        rejected.reason());
  }

  @Test
  void givesExactByteCountsWhenRoundedSizesWouldLookEqual() throws IOException {
    Path file = sparseFile("edge.md", SourceReader.DEFAULT_MAX_BYTES + 1);

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "edge.md"));

    assertTrue(
        rejected.reason().startsWith("the file is 5,242,881 bytes, over the 5,242,880-byte limit"), rejected.reason());
  }

  @Test
  void readsFileExactlyAtTheSizeLimit() throws IOException {
    Path file = write("limit.txt", "0123456789");

    assertInstanceOf(SourceDocument.class, new SourceReader(10).read(file, "limit.txt"));
  }

  @Test
  void refusesNonPositiveLimitNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SourceReader(-3));

    assertTrue(e.getMessage().contains("-3"), e.getMessage());
  }

  @Test
  void rejectsPngAsBinary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Path file = Files.write(dir.resolve("diagram.md"), png);

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "diagram.md"));

    assertEquals("the file is a PNG image, not text; only text postmortems are read", rejected.reason());
    assertEquals(ContentHash.of(png), rejected.contentHash());
  }

  @Test
  void rejectsBinaryWithoutKnownSignature() throws IOException {
    Path file = Files.write(dir.resolve("blob.txt"), new byte[] {1, 2, 3, 0, 0, 7, 'a', 'b'});

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "blob.txt"));

    assertEquals(TextDecoder.LOOKS_BINARY, rejected.reason());
  }

  @Test
  void rejectsEmptyFile() throws IOException {
    Path file = write("empty.md", "");

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "empty.md"));

    assertEquals("the file is empty", rejected.reason());
    assertEquals(ContentHash.of(new byte[0]), rejected.contentHash());
  }

  @Test
  void rejectsWhitespaceOnlyFileAsEmpty() throws IOException {
    Path file = write("blank.md", " \n\t\r\n  ");

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "blank.md"));

    assertTrue(rejected.reason().startsWith("the file is empty"), rejected.reason());
  }

  @Test
  void rejectsMissingFileAsDisappeared() {
    RejectedSource rejected =
        assertInstanceOf(RejectedSource.class, reader.read(dir.resolve("gone.md"), "gone.md"));

    assertEquals("the file disappeared before it could be read", rejected.reason());
    assertEquals(ContentHash.of("gone.md"), rejected.contentHash());
  }

  @Test
  void rejectsSymbolicLinkToNothing() throws IOException {
    Path link = dir.resolve("dangling.md");
    createSymbolicLinkOrSkip(link, dir.resolve("nowhere.md"));

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(link, "dangling.md"));

    assertEquals("the file is a symbolic link to something that does not exist", rejected.reason());
  }

  @Test
  void rejectsFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("notes.md"));

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(folder, "notes.md"));

    assertTrue(rejected.reason().startsWith("the path is a folder, not a file"), rejected.reason());
  }

  @Test
  void rejectsUnsupportedExtensionListingTheSupportedOnes() throws IOException {
    Path file = write("postmortem.docx", "not really word");

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "postmortem.docx"));

    assertEquals(
        ".docx is not a postmortem format Hindsight reads (.md, .markdown, .txt, .html, .htm)", rejected.reason());
  }

  @Test
  void rejectsFileWithoutExtension() throws IOException {
    Path file = write("README", "hello");

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "README"));

    assertTrue(rejected.reason().startsWith("a file without an extension"), rejected.reason());
  }

  @Test
  void rejectsUnreadableFile() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "needs POSIX permissions to make a file unreadable");
    Path file = write("secret.md", "# Outage");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(
        Files.isReadable(file),
        "running as root (or with CAP_DAC_OVERRIDE): root reads files whatever their permissions, "
            + "so no unreadable file can be made here");

    RejectedSource rejected = assertInstanceOf(RejectedSource.class, reader.read(file, "secret.md"));

    assertEquals("the file cannot be read: permission denied; check its permissions", rejected.reason());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path sparseFile(String name, long size) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }

  private static void createSymbolicLinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "this file system has no symbolic links: " + e.getMessage());
    }
  }
}
