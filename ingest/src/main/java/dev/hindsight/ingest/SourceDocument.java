package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A postmortem's text, decoded and with line ends normalised to {@code \n}.
 *
 * @param source the path as given
 * @param format markup, from the extension
 * @param text the decoded text, no BOM, {@code \n} line ends
 * @param contentHash hex SHA-256 of the raw bytes; the record id derives from it
 * @param warnings problems met while decoding (charset fallback, odd line ends)
 */
public record SourceDocument(
    String source, DocumentFormat format, String text, String contentHash, List<Warning> warnings)
    implements ReadOutcome {

  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    warnings = List.copyOf(warnings);
  }

  /** A document made from text in memory, for tests and for callers that already hold the text. */
  public static SourceDocument ofText(String source, DocumentFormat format, String text) {
    return new SourceDocument(source, format, text, ContentHash.of(text), List.of());
  }
}
