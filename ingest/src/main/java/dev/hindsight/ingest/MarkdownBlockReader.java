package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (and plain text, which is Markdown without markup) into {@link Block} lines.
 *
 * <p>Indented code blocks are switched off: postmortem authors indent prose by four spaces far
 * more often than they paste code that way, and fenced code still works.
 */
public final class MarkdownBlockReader {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          // commonmark tries block parsers in this set's order, so it must be a fixed order
          // (Set.of iterates differently in every JVM and made parsing nondeterministic).
          .enabledBlockTypes(
              new LinkedHashSet<>(List.of(
                  BlockQuote.class,
                  Heading.class,
                  FencedCodeBlock.class,
                  HtmlBlock.class,
                  ThematicBreak.class,
                  ListBlock.class)))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** The lines of a Markdown document, in order. */
  public List<Block> read(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Block> out = new ArrayList<>();
    for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
      block(child, 0, out);
    }
    return out;
  }

  private void block(Node node, int depth, List<Block> out) {
    int line = lineOf(node);
    if (node instanceof Heading heading) {
      String text = InlineText.of(heading).plain().strip();
      if (!text.isEmpty()) {
        out.add(new Block(Block.Kind.HEADING, text, heading.getLevel(), List.of(), line, false, ""));
      }
    } else if (node instanceof Paragraph paragraph) {
      paragraphLines(paragraph, Block.Kind.TEXT, 0, line, out);
    } else if (node instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        listItem(item, depth, out);
      }
    } else if (node instanceof BlockQuote quote) {
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth, out);
      }
    } else if (node instanceof FencedCodeBlock code) {
      codeLines(code.getLiteral(), line, out);
    } else if (node instanceof IndentedCodeBlock code) {
      codeLines(code.getLiteral(), line, out);
    } else if (node instanceof HtmlBlock html) {
      out.addAll(HtmlBlockReader.fragment(html.getLiteral(), line));
    } else if (node instanceof TableBlock table) {
      tableRows(table, out);
    }
    // Thematic breaks carry no text.
  }

  private void listItem(Node item, int depth, List<Block> out) {
    boolean first = true;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph paragraph) {
        // A second paragraph inside one item continues that item.
        paragraphLines(paragraph, Block.Kind.ITEM, depth, lineOf(child), out, !first);
        first = false;
      } else if (child instanceof ListBlock nested) {
        for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
          listItem(sub, depth + 1, out);
        }
      } else {
        block(child, depth + 1, out);
      }
    }
  }

  private void paragraphLines(Paragraph paragraph, Block.Kind kind, int depth, int line, List<Block> out) {
    paragraphLines(paragraph, kind, depth, line, out, false);
  }

  private void paragraphLines(
      Paragraph paragraph, Block.Kind kind, int depth, int line, List<Block> out, boolean continuesItem) {
    List<InlineText> lines = InlineText.linesOf(paragraph);
    for (int i = 0; i < lines.size(); i++) {
      InlineText inline = lines.get(i);
      String text = inline.plain().strip();
      if (text.isEmpty()) {
        continue;
      }
      boolean continuation = i > 0 || continuesItem;
      out.add(new Block(kind, text, depth, List.of(), line == 0 ? 0 : line + i, continuation, inline.boldLead()));
    }
  }

  private static void codeLines(String literal, int line, List<Block> out) {
    String[] lines = literal.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        out.add(new Block(Block.Kind.CODE, lines[i].strip(), 0, List.of(), line == 0 ? 0 : line + 1 + i, i > 0, ""));
      }
    }
  }

  private static void tableRows(TableBlock table, List<Block> out) {
    List<Node> rows = new ArrayList<>();
    collectRows(table, rows);
    for (Node row : rows) {
      List<String> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell) {
          cells.add(InlineText.of(cell).plain().strip());
        }
      }
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      out.add(new Block(Block.Kind.ROW, String.join(" | ", cells), 0, cells, lineOf(row), false, ""));
    }
  }

  private static void collectRows(Node node, List<Node> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow) {
        rows.add(child);
      } else {
        collectRows(child, rows);
      }
    }
  }

  private static int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  /** The text of one line of inline content, and the bold text that opens it. */
  private record InlineText(String plain, String boldLead) {

    static InlineText of(Node parent) {
      StringBuilder sb = new StringBuilder();
      appendText(parent, sb);
      return new InlineText(sb.toString(), "");
    }

    /** Splits a paragraph at its line breaks, remembering which lines open with bold text. */
    static List<InlineText> linesOf(Node paragraph) {
      List<InlineText> lines = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      String bold = "";
      boolean atLineStart = true;
      for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
          lines.add(new InlineText(sb.toString(), bold));
          sb.setLength(0);
          bold = "";
          atLineStart = true;
          continue;
        }
        int before = sb.length();
        appendText(child, sb);
        if (atLineStart) {
          if (child instanceof StrongEmphasis) {
            bold = sb.substring(before);
            atLineStart = false;
          } else if (sb.toString().isBlank()) {
            // Leading spaces or an empty image alt text: still at the start of the line.
          } else {
            atLineStart = false;
          }
        }
      }
      lines.add(new InlineText(sb.toString(), bold));
      return lines;
    }

    private static void appendText(Node node, StringBuilder sb) {
      if (node instanceof Text text) {
        sb.append(EmojiShortcodes.strip(text.getLiteral()));
      } else if (node instanceof Code code) {
        sb.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        sb.append(' ');
      } else if (node instanceof HtmlInline) {
        // Tags such as <br> or <code> carry no words of their own.
      } else if (node instanceof Image) {
        // Alt text of pictures ("Shipwrecked Code") is decoration, not content.
      } else {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          appendText(child, sb);
        }
      }
    }
  }
}
