package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Structure nested 10,000 levels deep parses on a thread with a small stack (a Spark or fork-join worker's), its
 * deepest words kept. Found by the hostile-input suite: the readers followed nesting one call per level.
 */
class DeepNestingTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  /** Parses on a thread with a 512 KB stack, as small as worker threads get, and returns the outline's text. */
  private static String parsedOnASmallStack(DocumentFormat format, String text) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        result.set(PARSER.parse(SourceDocument.ofText("deep", format, text)).outline().toString());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 512 * 1024);
    worker.start();
    worker.join();
    if (result.get() instanceof Throwable failure) {
      throw new AssertionError("parsing failed: " + failure, failure);
    }
    return (String) result.get();
  }

  @Test
  void tenThousandNestedMarkdownListItemsKeepTheirDeepestWords() throws InterruptedException {
    String outline = parsedOnASmallStack(DocumentFormat.MARKDOWN, "# Deep\n\n" + "- ".repeat(10_000) + "bottom item\n");
    assertTrue(outline.contains("bottom item"), outline.length() > 500 ? outline.substring(0, 500) : outline);
  }

  @Test
  void tenThousandNestedBlockQuotesKeepTheirDeepestWords() throws InterruptedException {
    String outline = parsedOnASmallStack(DocumentFormat.MARKDOWN, "# Deep\n\n" + "> ".repeat(10_000) + "quoted words\n");
    assertTrue(outline.contains("quoted words"), outline.length() > 500 ? outline.substring(0, 500) : outline);
  }

  @Test
  void tenThousandNestedEmphasesKeepTheirWords() throws InterruptedException {
    String outline = parsedOnASmallStack(DocumentFormat.MARKDOWN,
        "# Deep\n\n" + "*_".repeat(5_000) + "loud words" + "_*".repeat(5_000) + "\n");
    assertTrue(outline.contains("loud words"), outline.length() > 500 ? outline.substring(0, 500) : outline);
  }

  @Test
  void tenThousandNestedHtmlListsKeepTheirDeepestWords() throws InterruptedException {
    String outline = parsedOnASmallStack(DocumentFormat.HTML,
        "<h1>Deep</h1>" + "<ul><li>".repeat(10_000) + "bottom item" + "</li></ul>".repeat(10_000));
    assertTrue(outline.contains("bottom item"), outline.length() > 500 ? outline.substring(0, 500) : outline);
  }

  @Test
  void tenThousandNestedHtmlDivsKeepTheirDeepestWords() throws InterruptedException {
    String outline = parsedOnASmallStack(DocumentFormat.HTML,
        "<h1>Deep</h1>" + "<div><span>".repeat(5_000) + "inner words" + "</span></div>".repeat(5_000));
    assertTrue(outline.contains("inner words"), outline.length() > 500 ? outline.substring(0, 500) : outline);
  }

  @Test
  void nestingWithinTheLimitKeepsItsListDepth() {
    Postmortem pm = PARSER.parse(SourceDocument.ofText("shallow.md", DocumentFormat.MARKDOWN,
        "# Shallow\n\n- one\n  - two\n    - three\n"));
    assertEquals(2, pm.outline().blocks().filter(b -> b.text().equals("three")).findFirst().map(Block::depth)
        .orElse(-1));
  }
}
