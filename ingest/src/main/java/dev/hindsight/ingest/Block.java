package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document's body after markup is removed, with what kind of line it was.
 *
 * @param kind heading, paragraph text, list item, table row or code
 * @param text the line's text without markup (cells joined by " | " for rows)
 * @param depth heading level for headings, nesting depth for list items (0 at the top), else 0
 * @param cells the cells of a table row, else empty
 * @param lineNumber the 1-based line in the source where the block starts, 0 when unknown
 * @param continuation true when this line continues the paragraph or item of the previous block
 * @param boldLead the bold text that opens the line ("Root Cause" in "**Root Cause**: ..."), or ""
 */
public record Block(
    Kind kind, String text, int depth, List<String> cells, int lineNumber, boolean continuation,
    String boldLead) {

  /** What a line was in the source markup. */
  public enum Kind {
    HEADING,
    TEXT,
    ITEM,
    ROW,
    CODE
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(boldLead, "boldLead");
    cells = List.copyOf(cells);
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0, got " + depth);
    }
  }

  /** A plain line of text. */
  public static Block text(String text, int lineNumber) {
    return new Block(Kind.TEXT, text, 0, List.of(), lineNumber, false, "");
  }

  /** True when the whole line is bold, as in {@code **Timeline:**}. */
  public boolean isBoldOnly() {
    if (boldLead.isEmpty()) {
      return false;
    }
    String rest = text.strip();
    String lead = boldLead.strip();
    return rest.equals(lead) || rest.equals(lead + ":") || rest.equals(lead + " :");
  }
}
