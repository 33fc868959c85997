package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEventClassifierTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  private static Enrichment classified(String markdown) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    return new TimelineEventClassifier().apply(new SentenceSplitter(NlpModels.get()).apply(parsed)).enrichment();
  }

  private static final String STEPS = """
      # Search outage

      ## Summary
      On May 6, 2025 from 09:00 to 10:30 UTC search returned errors.

      ## Timeline
      - 09:00 UTC - Monitoring detected a spike in search errors.
      - 09:05 UTC - The on-call engineer was paged.
      - 09:10 UTC - The team began investigating the search logs.
      - 09:20 UTC - The team suspected the cache; cache hit rates were normal and it was ruled out.
      - 09:35 UTC - Incident escalated to the search platform team.
      - 09:50 UTC - Root cause identified: a shard allocation setting left at zero.
      - 10:05 UTC - Setting corrected and shards restarted.
      - 10:30 UTC - Search fully restored; incident resolved.
      """;

  @Test
  void classifiesEachEntryByItsCues() {
    assertEquals(
        List.of("detect", "notify", "investigate", "misleading", "escalate", "identify", "mitigate", "resolve"),
        classified(STEPS).eventKinds());
  }

  @Test
  void classifiesIdentifyEntryAndSetsIdentifiedAt() {
    Enrichment e = classified(STEPS);

    assertEquals("2025-05-06T09:50+00:00", e.identifiedAt().flatMap(Moment::iso).orElseThrow());
  }

  @Test
  void ruledOutEntryIsMisleadingEvenWhenItSaysIdentified() {
    String text = """
        # Slow API

        ## Timeline
        - 10:00 - Latency alert fires.
        - 10:20 - Identified no anomalies in the database; ruled out as a cause.
        - 10:40 - The culprit was identified: a retry loop in the client library.
        """;

    Enrichment e = classified(text);

    assertEquals(List.of("detect", "misleading", "identify"), e.eventKinds());
    assertEquals("10:40", e.identifiedAt().orElseThrow().local().toLocalTime().toString());
  }

  @Test
  void entryWithoutAnyCueIsOther() {
    String text = """
        # Quiet night

        ## Timeline
        - 01:00 - The nightly batch job starts.
        - 02:00 - Users report empty dashboards.
        """;

    assertEquals("other", classified(text).eventKinds().get(0));
  }

  @Test
  void oneKindPerTimelineEntryAndNoIdentifyMeansNoIdentifiedAt() {
    String text = """
        # Short blip

        ## Timeline
        - 12:00 - Alert fired for elevated errors.
        - 12:05 - Errors stopped on their own; service back to normal.
        """;

    Enrichment e = classified(text);

    assertEquals(2, e.eventKinds().size());
    assertTrue(e.identifiedAt().isEmpty());
  }

  @Test
  void documentWithoutTimelineHasNoKinds() {
    Enrichment e = classified("# Note\n\nThe site was down for an hour because a certificate expired.\n");

    assertEquals(List.of(), e.eventKinds());
    assertTrue(e.identifiedAt().isEmpty());
  }
}
