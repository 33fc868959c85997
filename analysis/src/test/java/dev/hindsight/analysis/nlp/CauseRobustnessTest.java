package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Odd and hostile input: the stage always finishes and always gives a cause from the taxonomy. */
class CauseRobustnessTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final Set<String> CATEGORIES = Set.of("misconfiguration", "bad-change", "software-bug",
      "resource-exhaustion", "dependency-failure", "hardware-failure", "network-failure", "security-incident",
      "expiry-or-time", "human-error", "unknown");

  private static RootCause survives(String text) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, text)));
    Incident split = new SentenceSplitter(NlpModels.get()).apply(parsed);
    Incident out = assertDoesNotThrow(() -> new CauseClassifier().apply(split));
    RootCause rc = out.enrichment().rootCause().orElseThrow();
    assertTrue(CATEGORIES.contains(rc.category()), rc.category());
    return rc;
  }

  @Test
  void emptyDocumentIsUnknown() {
    assertEquals(RootCause.UNKNOWN, survives(""));
  }

  @Test
  void documentOfOnlyHeadingsIsUnknown() {
    assertEquals("unknown/unknown", survives("# Postmortem\n\n## Summary\n\n## Root Cause\n\n## Timeline\n\n## Resolution\n").failureClass());
  }

  @Test
  void tenThousandRandomWords() {
    String[] words = {"root", "cause", "the", "database", "was", "not", "misconfigured", "because", "load", "balancer",
        "caused", "by", "due", "to", "deploy", "leak", "typo", "index.php", "nginx", "ruled", "out", "initially",
        "assumed", "expired", "certificate", "ran", "out", "of", "memory", ",", ";", "—", "'s", "n't", "DDoS",
        "https://example.org/a/very/long/path/that/goes/on/and/on/without/any/space/at/all/for/a/while", "🙂"};
    Random random = new Random(7);
    StringBuilder text = new StringBuilder("# Noise\n\n## Root cause\n\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(words[random.nextInt(words.length)]).append(i % 29 == 28 ? ".\n" : " ");
    }
    survives(text.toString());
  }

  @Test
  void oneSentenceOfTenThousandWords() {
    StringBuilder text = new StringBuilder("# Run-on\n\n## Root cause\n\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(i % 50 == 0 ? "misconfiguration of the load balancer " : "and then ");
    }
    assertEquals("load-balancer", survives(text.toString()).component());
  }

  @Test
  void controlCharactersAndUnicode() {
    survives("# \u0000\u0007 Zürich café\n\n## Root cause\n\n\u202Eerror\u202C — “the” ‘db’ was\u00A0down… İstanbul ǅ ﬁle.\n");
  }
}
