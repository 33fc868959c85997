package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.synthetic.DraftDocument.Entry;
import dev.hindsight.ingest.synthetic.DraftDocument.Row;
import dev.hindsight.ingest.synthetic.DraftDocument.Section;

/** An HTML page as a wiki or document export writes it: headings, paragraphs, lists and a timeline table or list. */
final class HtmlRenderer implements DraftRenderer {

  @Override
  public String render(DraftDocument d) {
    StringBuilder out = new StringBuilder(6144);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(d.title())).append("</title>\n</head>\n<body>\n<h1>").append(escape(d.title())).append("</h1>\n");
    d.preamble().forEach(p -> out.append("<p><em>").append(escape(p)).append("</em></p>\n"));
    if (!d.metadata().isEmpty()) {
      out.append("<table>\n");
      for (Row row : d.metadata()) {
        out.append("<tr><th>").append(escape(row.label())).append("</th><td>").append(escape(row.value())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    for (Section s : d.sections()) {
      out.append("<h2>").append(escape(s.heading())).append("</h2>\n");
      s.paragraphs().forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
      if (!s.bullets().isEmpty()) {
        String tag = s.numbered() ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        s.bullets().forEach(b -> out.append("<li>").append(escape(b)).append("</li>\n"));
        out.append("</").append(tag).append(">\n");
      }
      timeline(out, d, s);
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void timeline(StringBuilder out, DraftDocument d, Section s) {
    if (s.timeline().isEmpty()) {
      return;
    }
    if (d.timelineStyle() == DraftDocument.TimelineStyle.TABLE) {
      boolean dateColumn = s.timeline().stream().allMatch(e -> e.date() != null);
      String timeHead = d.timelineZone() == null ? "Time" : "Time (" + d.timelineZone() + ")";
      out.append("<table border=\"1\">\n<thead><tr>").append(dateColumn ? "<th>Date</th>" : "")
          .append("<th>").append(escape(timeHead)).append("</th><th>Event</th></tr></thead>\n<tbody>\n");
      for (Entry e : s.timeline()) {
        out.append("<tr>").append(dateColumn ? "<td>" + escape(e.date()) + "</td>" : "")
            .append("<td>").append(escape(e.time())).append("</td><td>").append(escape(e.text())).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    } else {
      out.append("<ul>\n");
      for (Entry e : s.timeline()) {
        out.append("<li><strong>").append(escape(MarkdownRenderer.when(e))).append("</strong> &ndash; ")
            .append(escape(e.text())).append("</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
