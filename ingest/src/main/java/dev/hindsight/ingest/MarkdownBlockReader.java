package dev.hindsight.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

  /**
   * Quotes and lists nested deeper than this are read as one line of their text: no person nests 64 levels, and
   * following 10,000 levels one call per level would overflow the stack of a worker thread.
   */
  static final int MAX_NESTING = 64;

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
      block(child, 0, 0, out);
    }
    return out;
  }

  private void block(Node node, int depth, int nesting, List<Block> out) {
    int line = lineOf(node);
    if (nesting > MAX_NESTING) {
      flattened(node, Block.Kind.TEXT, depth, line, out);
    } else if (node instanceof Heading heading) {
      String text = InlineText.of(heading).plain().strip();
      if (!text.isEmpty()) {
        out.add(new Block(Block.Kind.HEADING, text, heading.getLevel(), List.of(), line, false, ""));
      }
    } else if (node instanceof Paragraph paragraph) {
      paragraphLines(paragraph, Block.Kind.TEXT, 0, line, out);
    } else if (node instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        listItem(item, depth, nesting + 1, out);
      }
    } else if (node instanceof BlockQuote quote) {
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth, nesting + 1, out);
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

  private void listItem(Node item, int depth, int nesting, List<Block> out) {
    if (nesting > MAX_NESTING) {
      flattened(item, Block.Kind.ITEM, depth, lineOf(item), out);
      return;
    }
    boolean first = true;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph paragraph) {
        // A second paragraph inside one item continues that item.
        paragraphLines(paragraph, Block.Kind.ITEM, depth, lineOf(child), out, !first);
        first = false;
      } else if (child instanceof ListBlock nested) {
        for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
          listItem(sub, depth + 1, nesting + 1, out);
        }
      } else {
        block(child, depth + 1, nesting + 1, out);
      }
    }
  }

  /** The whole text below {@code node} as one line, for structure nested too deep to follow. */
  private static void flattened(Node node, Block.Kind kind, int depth, int line, List<Block> out) {
    StringBuilder sb = new StringBuilder();
    InlineText.appendText(node, sb);
    String text = sb.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      out.add(new Block(kind, text, depth, List.of(), line, false, ""));
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

    /** Appends the text below {@code node}, depth first, with an explicit stack: inline nesting has no limit. */
    private static void appendText(Node node, StringBuilder sb) {
      Deque<Node> todo = new ArrayDeque<>();
      todo.push(node);
      while (!todo.isEmpty()) {
        Node next = todo.pop();
        if (next instanceof Text text) {
          sb.append(EmojiShortcodes.strip(text.getLiteral()));
        } else if (next instanceof Code code) {
          sb.append(code.getLiteral());
        } else if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
          sb.append(' ');
        } else if (next instanceof HtmlInline) {
          // Tags such as <br> or <code> carry no words of their own.
        } else if (next instanceof Image) {
          // Alt text of pictures ("Shipwrecked Code") is decoration, not content.
        } else {
          if (next instanceof org.commonmark.node.Block) {
            sb.append(' '); // paragraphs and items of a flattened subtree stay apart
          }
          // Pushed last child first, so the first child is read first.
          for (Node child = next.getLastChild(); child != null; child = child.getPrevious()) {
            todo.push(child);
          }
        }
      }
    }
  }
}
