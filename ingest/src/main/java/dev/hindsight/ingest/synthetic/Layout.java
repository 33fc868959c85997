package dev.hindsight.ingest.synthetic;

/** The markup and file extension a generated postmortem is written in. */
public enum Layout {
  /** Markdown with ATX headings ({@code ## Summary}). */
  MARKDOWN_ATX("md"),
  /** Markdown company template: ATX headings, a metadata table and a timeline table. */
  MARKDOWN_TEMPLATE("md"),
  /** Markdown with bold pseudo-headings ({@code **Issue Summary:**}). */
  MARKDOWN_BOLD("markdown"),
  /** Markdown with setext headings (underlined with {@code =} and {@code -}). */
  MARKDOWN_SETEXT("md"),
  /** Plain text, headings as lines ending in a colon. */
  PLAIN_TEXT("txt"),
  /** An HTML export, as from a wiki. */
  HTML("html"),
  /** An HTML export with the short extension. */
  HTML_SHORT("htm");

  private final String extension;

  Layout(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** True for the HTML layouts. */
  public boolean html() {
    return this == HTML || this == HTML_SHORT;
  }
}
