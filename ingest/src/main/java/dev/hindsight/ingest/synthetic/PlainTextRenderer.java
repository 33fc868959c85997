package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.synthetic.DraftDocument.Entry;
import dev.hindsight.ingest.synthetic.DraftDocument.Section;

/** Plain text with no markup: headings as lines ending in a colon, bullets as dashes, timelines one line each. */
final class PlainTextRenderer implements DraftRenderer {

  @Override
  public String render(DraftDocument d) {
    StringBuilder out = new StringBuilder(4096);
    out.append(d.title()).append("\n\n");
    d.preamble().forEach(p -> out.append(p).append("\n\n"));
    d.metadata().forEach(m -> out.append(m.label()).append(": ").append(m.value()).append('\n'));
    if (!d.metadata().isEmpty()) {
      out.append('\n');
    }
    for (Section s : d.sections()) {
      out.append(s.heading()).append(":\n\n");
      s.paragraphs().forEach(p -> out.append(p).append("\n\n"));
      int n = 1;
      for (String b : s.bullets()) {
        out.append(s.numbered() ? (n++) + ") " : "- ").append(b).append('\n');
      }
      if (!s.bullets().isEmpty()) {
        out.append('\n');
      }
      for (Entry e : s.timeline()) {
        String zone = d.timelineZone() == null ? "" : " " + d.timelineZone();
        out.append(MarkdownRenderer.when(e)).append(zone).append(" - ").append(e.text()).append('\n');
      }
      if (!s.timeline().isEmpty()) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
