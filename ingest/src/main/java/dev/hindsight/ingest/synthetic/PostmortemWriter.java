package dev.hindsight.ingest.synthetic;

import java.util.Map;

/** Turns a drawn incident into the bytes of its file: composes the draft, renders it in its layout, encodes it. */
public final class PostmortemWriter {

  private final PostmortemComposer composer;
  private final Map<Layout, DraftRenderer> renderers = Map.of(
      Layout.MARKDOWN_ATX, new MarkdownRenderer(MarkdownRenderer.Headings.ATX),
      Layout.MARKDOWN_TEMPLATE, new MarkdownRenderer(MarkdownRenderer.Headings.ATX),
      Layout.MARKDOWN_BOLD, new MarkdownRenderer(MarkdownRenderer.Headings.BOLD),
      Layout.MARKDOWN_SETEXT, new MarkdownRenderer(MarkdownRenderer.Headings.SETEXT),
      Layout.PLAIN_TEXT, new PlainTextRenderer(),
      Layout.HTML, new HtmlRenderer(),
      Layout.HTML_SHORT, new HtmlRenderer());

  public PostmortemWriter(GeneratorVocabulary vocabulary) {
    this.composer = new PostmortemComposer(vocabulary);
  }

  /** The document's text, LF line ends. */
  public String text(SyntheticIncident incident) {
    return renderers.get(incident.layout()).render(composer.compose(incident));
  }

  /** The document's file content, in its encoding and line ends. */
  public byte[] bytes(SyntheticIncident incident) {
    return incident.encoding().encode(text(incident));
  }
}
