package dev.hindsight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Reads one postmortem file into a {@link ReadOutcome}; every I/O problem becomes a rejection with a reason. */
public final class SourceReader {

  /** Postmortems are prose; anything bigger than this is almost surely a log dump or the wrong file. */
  public static final long DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  /** A file is read into one array, with one byte to spare for noticing that it grew. */
  static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16;

  static final String FORMATS = "(.md, .markdown, .txt, .html, .htm)";

  private static final long KB = 1024;
  private static final long MB = KB * 1024;
  private static final long GB = MB * 1024;

  private final long maxBytes;
  private final TextDecoder decoder = new TextDecoder();

  /** A reader that refuses files over {@code maxBytes} bytes. */
  public SourceReader(long maxBytes) {
    if (maxBytes <= 0 || maxBytes > LARGEST_MAX_BYTES) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + LARGEST_MAX_BYTES + " (about 2 GB), got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A reader with the {@link #DEFAULT_MAX_BYTES} limit. */
  public SourceReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads a file the finder found. */
  public ReadOutcome read(SourceFinder.FoundSource found) {
    return read(found.path(), found.source());
  }

  /**
   * Reads {@code path}; never throws for I/O trouble.
   *
   * @param path where the file is
   * @param sourceAsGiven how the user named it, carried into the outcome and every message
   */
  public ReadOutcome read(Path path, String sourceAsGiven) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sourceAsGiven, "sourceAsGiven");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return unread(sourceAsGiven, whyUnreadable(path, e));
    }
    if (attributes.isDirectory()) {
      return unread(
          sourceAsGiven, "the path is a folder, not a file; give it as a root to read the postmortems inside it");
    }
    if (!attributes.isRegularFile()) {
      // A pipe or device could block forever or never end, so it is refused before opening.
      return unread(sourceAsGiven, "the path is not a regular file (a device or pipe?); only files are read");
    }
    String fileName = Objects.toString(path.getFileName(), "");
    Optional<DocumentFormat> format = DocumentFormat.forFileName(fileName);
    if (format.isEmpty()) {
      return unread(sourceAsGiven, unsupportedFormat(fileName));
    }
    // The size comes from the attributes so that a huge file is refused without reading any of it.
    if (attributes.size() > maxBytes) {
      return unread(sourceAsGiven, overLimit(attributes.size(), maxBytes));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Bounded even so: the file may have grown since its size was checked.
      bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
    } catch (IOException e) {
      return unread(sourceAsGiven, whyUnreadable(path, e));
    }
    if (bytes.length > maxBytes) {
      return unread(
          sourceAsGiven,
          "the file grew past the " + describeSize(maxBytes) + " limit while being read; "
              + "raise it with --max-file-size or split the file");
    }
    String contentHash = ContentHash.of(bytes);
    if (bytes.length == 0) {
      return new RejectedSource(sourceAsGiven, "the file is empty", contentHash);
    }
    DecodedText decoded = decoder.decode(bytes);
    if (decoded.notTextReason().isPresent()) {
      return new RejectedSource(sourceAsGiven, decoded.notTextReason().get(), contentHash);
    }
    if (decoded.text().isBlank()) {
      return new RejectedSource(sourceAsGiven, "the file is empty (only whitespace)", contentHash);
    }
    return new SourceDocument(sourceAsGiven, format.get(), decoded.text(), contentHash, decoded.warnings());
  }

  private static RejectedSource unread(String sourceAsGiven, String reason) {
    return RejectedSource.unread(sourceAsGiven, reason);
  }

  private static String whyUnreadable(Path path, IOException e) {
    if (e instanceof NoSuchFileException) {
      return Files.isSymbolicLink(path)
          ? "the file is a symbolic link to something that does not exist"
          : "the file disappeared before it could be read";
    }
    if (e instanceof AccessDeniedException) {
      return "the file cannot be read: permission denied; check its permissions";
    }
    if (e instanceof FileSystemException fileSystemException && fileSystemException.getReason() != null) {
      // The operating system's own words, e.g. "Too many levels of symbolic links".
      return "the file cannot be read: " + fileSystemException.getReason().toLowerCase(Locale.ROOT);
    }
    return "the file cannot be read: "
        + (e.getMessage() != null ? e.getMessage() : "an I/O error (" + e.getClass().getSimpleName() + ")");
  }

  private static String unsupportedFormat(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0 || dot == fileName.length() - 1) {
      return "a file without an extension is not a postmortem format Hindsight reads " + FORMATS;
    }
    return fileName.substring(dot) + " is not a postmortem format Hindsight reads " + FORMATS;
  }

  /** The reason a file of {@code size} bytes is rejected under a limit of {@code maxBytes}; also used by the Spark job. */
  public static String overLimit(long size, long maxBytes) {
    String actual = describeSize(size);
    String limit = describeSize(maxBytes);
    if (actual.equals(limit)) {
      // "5.0 MB, over the 5.0 MB limit" would read as nonsense; exact counts show the difference.
      actual = String.format(Locale.ROOT, "%,d bytes", size);
      limit = String.format(Locale.ROOT, "%,d-byte", maxBytes);
    }
    return "the file is " + actual + ", over the " + limit + " limit; raise it with --max-file-size or split the file";
  }

  /** A size as people say it: "812 bytes", "3.4 KB", "12.3 MB". */
  public static String describeSize(long bytes) {
    if (bytes < KB) {
      return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
    if (bytes < MB) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
    }
    if (bytes < GB) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB);
  }
}
