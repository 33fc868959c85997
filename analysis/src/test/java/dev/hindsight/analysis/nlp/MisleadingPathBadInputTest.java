package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd and hostile input: both stages finish without throwing and keep one kind per entry. */
class MisleadingPathBadInputTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  private static Incident run(String text) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, text)));
    Incident split = new SentenceSplitter(NlpModels.get()).apply(parsed);
    return new MisleadingPathFinder().apply(new TimelineEventClassifier().apply(split));
  }

  private static void survives(String text) {
    Incident out = assertDoesNotThrow(() -> run(text));
    assertEquals(out.postmortem().orElseThrow().timeline().size(), out.enrichment().eventKinds().size());
  }

  @Test
  void emptyDocument() {
    survives("");
  }

  @Test
  void headingsOnly() {
    survives("# Postmortem\n\n## Timeline\n\n## Root Cause\n\n## Misleading paths\n");
  }

  @Test
  void tenThousandRandomWords() {
    String[] words = {"suspected", "database", "ruled", "out", "red", "herring", "the", "cache", "was", "fine", ",", ";",
        "initially", "assumed", "10:30", "DDoS", "misleading", "-", ":", "index.html", "load-balancer", "not", "root",
        "cause", "identified", "no", "issues", "found", "focus", "shifted", "to", "network", "dropped", "at", "—"};
    Random random = new Random(42);
    StringBuilder text = new StringBuilder("# Noise\n\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(words[random.nextInt(words.length)]).append(i % 23 == 22 ? ".\n" : " ");
    }
    survives(text.toString());
  }

  @Test
  void timelineOfFiveThousandEntries() {
    StringBuilder text = new StringBuilder("# Long night\n\n## Timeline\n");
    for (int i = 0; i < 5_000; i++) {
      int minutes = i % (24 * 60);
      text.append(String.format("- %02d:%02d - ", minutes / 60, minutes % 60))
          .append(i % 3 == 0 ? "Suspected the database; ruled out." : "Checked the cache, it looked fine.")
          .append('\n');
    }
    survives(text.toString());
  }

  @Test
  void controlCharactersAndLoneDashes() {
    survives("# \u0000\u0007 -- \n\n## Timeline\n- - - \n- 25:99 - red herring:\n- \u2014\u2013/ ' 's\n");
  }
}
