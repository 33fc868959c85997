package dev.hindsight.dashboards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void escapesMarkupQuotesAndAmpersands() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;s&#39;",
        HtmlText.escape("<script>alert(1)</script> & \"q\" 's'"));
  }

  @Test
  void replacesControlCharactersButKeepsLineBreaks() {
    assertEquals("a\uFFFDb\nc", HtmlText.escape("a\u0000b\nc"));
  }

  @Test
  void linksRelativeSourcesFromTheReportFolder() {
    assertEquals(Optional.of("../data/postmortems/hs%2001.md"),
        HtmlText.sourceHref("data/postmortems/hs 01.md", "./hindsight-report"));
    assertEquals(Optional.of("../../a.md"), HtmlText.sourceHref("a.md", "out/report/"));
  }

  @Test
  void linksAbsoluteSourcesAsFileUrls() {
    assertEquals(Optional.of("file:///srv/pm/a%3Ab.md"), HtmlText.sourceHref("/srv/pm/a:b.md", "/tmp/out"));
    assertEquals(Optional.of("file:///srv/pm/x.md"), HtmlText.sourceHref("file:///srv/pm/x.md", "/tmp/out"));
  }

  @Test
  void givesNoLinkForOtherSchemesOrUnknownBases() {
    assertEquals(Optional.empty(), HtmlText.sourceHref("javascript:alert(1)", "out"));
    assertEquals(Optional.empty(), HtmlText.sourceHref("JavaScript:alert(1)//x.md", "out"));
    assertEquals(Optional.empty(), HtmlText.sourceHref("hdfs://nn/pm/a.md", "out"));
    assertEquals(Optional.empty(), HtmlText.sourceHref("data/a.md", "/abs/out"));
    assertEquals(Optional.empty(), HtmlText.sourceHref("data/a.md", "../out"));
  }
}
