package dev.hindsight.ingest.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DecodedText;
import dev.hindsight.ingest.TextDecoder;
import java.time.format.DateTimeFormatter;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PostmortemWriterTest {

  private final GeneratorVocabulary vocabulary = GeneratorVocabulary.standard();
  private final IncidentDraw draw = new IncidentDraw(vocabulary, 99);
  private final PostmortemWriter writer = new PostmortemWriter(vocabulary);

  private SyntheticIncident first(java.util.function.Predicate<SyntheticIncident> wanted) {
    return LongStream.range(0, 20_000).mapToObj(draw::draw).filter(wanted).findFirst().orElseThrow();
  }

  @Test
  void everyEncodingDecodesBackToTheTextWithTheProjectsReader() {
    String text = "Title\n\nZürich café – 10:05 UTC\nLine two\n";
    for (FileEncoding e : FileEncoding.values()) {
      DecodedText decoded = new TextDecoder().decode(e.encode(text));
      String expected = e == FileEncoding.LATIN1 ? text.replace('–', '-') : text;
      assertEquals(expected, decoded.text(), e.name());
    }
  }

  @Test
  void aDocumentWithoutZoneNamesNoZone() {
    SyntheticIncident in = first(i -> i.flaw() == Flaw.NO_ZONE);
    String text = writer.text(in);
    for (String zone : new String[] {"UTC", "GMT", "PST", "PDT", "CET", "CEST", "EST", "EDT", "IST", "+02:00"}) {
      assertFalse(text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(zone) + "\\b.*"), zone + " in\n" + text);
    }
  }

  @Test
  void aDocumentWithoutDateWritesNoYear() {
    SyntheticIncident in = first(i -> i.flaw() == Flaw.NO_DATE);
    assertFalse(writer.text(in).contains(String.valueOf(in.start().getYear())), writer.text(in));
  }

  @Test
  void aDocumentWithoutCauseHasNoCauseSentenceAndAnUnknownLabel() {
    SyntheticIncident in = first(i -> i.flaw() == Flaw.NO_CAUSE);
    assertFalse(writer.text(in).contains(in.cause().text()));
    assertTrue(new GoldLabelWriter().line(in).contains("\"category\":\"unknown\""));
  }

  @Test
  void aStartConflictKeepsTheTrueStartInTheTimelineAndTheLabel() {
    SyntheticIncident in = first(i -> i.flaw() == Flaw.SUMMARY_START_CONFLICT && i.layout() == Layout.MARKDOWN_ATX);
    String text = writer.text(in);
    String label = new GoldLabelWriter().line(in);
    assertTrue(label.contains(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(in.start())), label);
    assertTrue(label.contains("CONTRADICTION"), label);
    assertTrue(text.contains(PostmortemComposer.durationWords(in.durationMinutes())), "the summary states the duration:\n" + text);
  }

  @Test
  void htmlEscapesAndMarkdownLayoutsUseTheirHeadings() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", HtmlRenderer.escape("a <b> & \"c\""));
    assertTrue(writer.text(first(i -> i.layout() == Layout.MARKDOWN_SETEXT)).contains("\n-----"));
    assertTrue(writer.text(first(i -> i.layout() == Layout.MARKDOWN_ATX)).contains("\n## "));
    assertTrue(writer.text(first(i -> i.layout() == Layout.MARKDOWN_BOLD)).contains(":**\n"));
    assertTrue(writer.text(first(i -> i.layout() == Layout.HTML)).contains("<h2>"));
  }

  @Test
  void durationsAreWrittenInSeveralWays() {
    assertEquals("45 minutes", PostmortemComposer.durationWords(45));
    assertEquals("2 hours", PostmortemComposer.durationWords(120));
    assertEquals("2 hours 30 minutes", PostmortemComposer.durationWords(150));
    assertEquals("151 minutes", PostmortemComposer.durationWords(151));
    assertEquals("2h 32m", PostmortemComposer.durationWords(152));
    assertEquals("th", PostmortemComposer.ordinal(12));
    assertEquals("nd", PostmortemComposer.ordinal(22));
  }
}
