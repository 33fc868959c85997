package dev.hindsight.ingest;

import java.util.Locale;
import java.util.Optional;

/** The markup a postmortem is written in, decided by its file extension. */
public enum DocumentFormat {
  MARKDOWN,
  HTML,
  TEXT;

  /** The format for a file name, or empty when the extension is not one Hindsight reads. */
  public static Optional<DocumentFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
