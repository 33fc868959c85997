package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML (Confluence and Google Docs exports, or HTML inside Markdown) into {@link Block} lines.
 *
 * <p>Scripts, styles and other non-content elements are dropped; nothing in the document is run.
 */
public final class HtmlBlockReader {

  private static final Set<String> SKIPPED =
      Set.of("script", "style", "head", "noscript", "template", "svg", "iframe", "object", "img", "button");

  /** Parses a whole HTML document. */
  public static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /** The title of an HTML document: its {@code <title>}, else its first heading, else "". */
  public static String title(Document document) {
    String title = document.title().strip();
    if (!title.isEmpty()) {
      return title;
    }
    Element heading = document.selectFirst("h1, h2, h3");
    return heading == null ? "" : heading.text().strip();
  }

  /** The lines of a parsed HTML document's body, in order. */
  public List<Block> read(Document document) {
    List<Block> out = new ArrayList<>();
    LineBuffer line = new LineBuffer(out, Block.Kind.TEXT, 0);
    walk(document.body(), 0, 0, line, out);
    line.flush();
    return out;
  }

  /** The lines of an HTML fragment found inside another document, all reported at one line. */
  static List<Block> fragment(String html, int lineNumber) {
    List<Block> read = new HtmlBlockReader().read(Jsoup.parseBodyFragment(html));
    List<Block> placed = new ArrayList<>(read.size());
    for (Block b : read) {
      placed.add(new Block(b.kind(), b.text(), b.depth(), b.cells(), lineNumber, b.continuation(), b.boldLead()));
    }
    return placed;
  }

  private void walk(Element element, int listDepth, int nesting, LineBuffer line, List<Block> out) {
    if (nesting > MarkdownBlockReader.MAX_NESTING) {
      // Deeper than anyone writes by hand: the text as one line (jsoup collects it without recursion).
      line.append(element.text(), false);
      return;
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.text(), false);
      } else if (child instanceof Element el && !SKIPPED.contains(el.normalName())) {
        element(el, listDepth, nesting + 1, line, out);
      }
    }
  }

  private void element(Element el, int listDepth, int nesting, LineBuffer line, List<Block> out) {
    String tag = el.normalName();
    if (tag.equals("br")) {
      line.flush();
    } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      line.flush();
      String text = clean(el.text());
      if (!text.isEmpty()) {
        out.add(new Block(Block.Kind.HEADING, text, tag.charAt(1) - '0', List.of(), 0, false, ""));
      }
    } else if (tag.equals("ul") || tag.equals("ol")) {
      line.flush();
      for (Element li : el.children()) {
        listItem(li, listDepth, nesting + 1, out);
      }
    } else if (tag.equals("table")) {
      line.flush();
      tableRows(el, out);
    } else if (tag.equals("pre")) {
      line.flush();
      for (String code : el.wholeText().split("\n")) {
        if (!code.isBlank()) {
          out.add(new Block(Block.Kind.CODE, code.strip(), 0, List.of(), 0, false, ""));
        }
      }
    } else if (isBlock(tag)) {
      line.flush();
      walk(el, listDepth, nesting + 1, line, out);
      line.flush();
    } else if (isBold(el)) {
      line.append(el.text(), true);
    } else {
      walk(el, listDepth, nesting + 1, line, out);
    }
  }

  private void listItem(Element li, int depth, int nesting, List<Block> out) {
    LineBuffer line = new LineBuffer(out, Block.Kind.ITEM, depth);
    if (nesting > MarkdownBlockReader.MAX_NESTING) {
      line.append(li.text(), false);
      line.flush();
      return;
    }
    for (Node child : li.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.text(), false);
      } else if (child instanceof Element el && !SKIPPED.contains(el.normalName())) {
        if (el.normalName().equals("ul") || el.normalName().equals("ol")) {
          line.flush();
          for (Element sub : el.children()) {
            listItem(sub, depth + 1, nesting + 1, out);
          }
        } else {
          element(el, depth + 1, nesting + 1, line, out);
        }
      }
    }
    line.flush();
  }

  private static void tableRows(Element table, List<Block> out) {
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue; // rows of a nested table are read with that table
      }
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          cells.add(clean(cell.text()));
        }
      }
      if (!cells.stream().allMatch(String::isBlank)) {
        out.add(new Block(Block.Kind.ROW, String.join(" | ", cells), 0, cells, 0, false, ""));
      }
    }
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "div", "section", "article", "main", "header", "footer", "blockquote", "li", "dl", "dt", "dd",
          "figure", "figcaption", "body", "aside", "nav", "details", "summary", "center", "form",
          "fieldset", "hr" -> true;
      default -> false;
    };
  }

  private static boolean isBold(Element el) {
    String tag = el.normalName();
    if (tag.equals("strong") || tag.equals("b")) {
      return true;
    }
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("font-weight:700") || style.contains("font-weight:bold") || style.contains("font-weight:600");
  }

  private static String clean(String text) {
    return EmojiShortcodes.strip(text.replace('\u00a0', ' ').replace('\u2003', ' ')).strip().replaceAll("\\s+", " ");
  }

  /** The line being gathered from inline content, with the bold text that opened it. */
  private static final class LineBuffer {
    private final List<Block> out;
    private final Block.Kind kind;
    private final int depth;
    private final StringBuilder text = new StringBuilder();
    private String boldLead = "";
    private boolean emitted;

    LineBuffer(List<Block> out, Block.Kind kind, int depth) {
      this.out = out;
      this.kind = kind;
      this.depth = depth;
    }

    void append(String s, boolean bold) {
      if (bold && text.toString().isBlank() && boldLead.isEmpty()) {
        boldLead = clean(s);
      }
      text.append(s);
    }

    void flush() {
      String line = clean(text.toString());
      if (!line.isEmpty()) {
        // Later lines of the same list item continue it.
        boolean continuation = kind == Block.Kind.ITEM && emitted;
        out.add(new Block(kind, line, depth, List.of(), 0, continuation, boldLead));
        emitted = true;
      }
      text.setLength(0);
      boldLead = "";
    }
  }
}
