package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.synthetic.DraftDocument.Entry;
import dev.hindsight.ingest.synthetic.DraftDocument.Row;
import dev.hindsight.ingest.synthetic.DraftDocument.Section;
import java.util.List;

/** Markdown in one of three heading styles: ATX ({@code ##}), setext (underlines) or bold lines ({@code **Summary:**}). */
final class MarkdownRenderer implements DraftRenderer {

  /** The heading style. */
  enum Headings { ATX, SETEXT, BOLD }

  private final Headings headings;

  MarkdownRenderer(Headings headings) {
    this.headings = headings;
  }

  @Override
  public String render(DraftDocument d) {
    StringBuilder out = new StringBuilder(4096);
    switch (headings) {
      case ATX -> out.append("# ").append(d.title()).append("\n\n");
      case SETEXT -> out.append(d.title()).append('\n').append("=".repeat(d.title().length())).append("\n\n");
      case BOLD -> out.append("**").append(d.title()).append("**\n\n");
    }
    for (String p : d.preamble()) {
      out.append(headings == Headings.BOLD ? p : "_" + p + "_").append("\n\n");
    }
    if (!d.metadata().isEmpty()) {
      out.append("| Field | Value |\n|---|---|\n");
      for (Row row : d.metadata()) {
        out.append("| ").append(row.label()).append(" | ").append(row.value()).append(" |\n");
      }
      out.append('\n');
    }
    for (Section s : d.sections()) {
      heading(out, s.heading());
      for (String p : s.paragraphs()) {
        out.append(p).append("\n\n");
      }
      list(out, s.bullets(), s.numbered());
      timeline(out, d, s.timeline());
    }
    return out.toString();
  }

  private void heading(StringBuilder out, String text) {
    switch (headings) {
      case ATX -> out.append("## ").append(text).append("\n\n");
      case SETEXT -> out.append(text).append('\n').append("-".repeat(text.length())).append("\n\n");
      case BOLD -> out.append("**").append(text).append(":**\n\n");
    }
  }

  private static void list(StringBuilder out, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    int n = 1;
    for (String item : items) {
      out.append(numbered ? (n++) + ". " : "- ").append(item).append('\n');
    }
    out.append('\n');
  }

  private static void timeline(StringBuilder out, DraftDocument d, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    boolean dateColumn = entries.stream().allMatch(e -> e.date() != null);
    switch (d.timelineStyle()) {
      case TABLE -> {
        String timeHead = d.timelineZone() == null ? "Time" : "Time (" + d.timelineZone() + ")";
        out.append(dateColumn ? "| Date | " + timeHead + " | Event |\n|---|---|---|\n" : "| " + timeHead + " | Event |\n|---|---|\n");
        for (Entry e : entries) {
          out.append("| ").append(dateColumn ? e.date() + " | " : "").append(e.time()).append(" | ").append(e.text()).append(" |\n");
        }
      }
      case BULLET_BOLD -> entries.forEach(e -> out.append("- **").append(when(e)).append(":** ").append(e.text()).append('\n'));
      case LINES -> entries.forEach(e -> out.append(when(e)).append(" - ").append(e.text()).append("  \n"));
      default -> entries.forEach(e -> out.append("- ").append(when(e)).append(" - ").append(e.text()).append('\n'));
    }
    out.append('\n');
  }

  static String when(Entry e) {
    return e.date() == null ? e.time() : e.date() + " " + e.time();
  }
}
