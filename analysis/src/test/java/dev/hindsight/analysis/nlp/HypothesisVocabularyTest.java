package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hypothesis vocabulary and the stem-phrase lexicon it is matched with. */
class HypothesisVocabularyTest {

  private static final NlpModels MODELS = NlpModels.get();
  private static final StemLexicon HYPOTHESES = StemLexicon.load("/dev/hindsight/analysis/nlp/hypotheses.tsv", MODELS);

  private static List<String> keys(String text) {
    return HYPOTHESES.matches(NormalizedTokens.tokenize(text, MODELS)).stream()
        .map(StemLexicon.Match::key).filter(k -> !k.equals("none")).distinct().toList();
  }

  @Test
  void everyKeyIsATaxonomyHypothesis() {
    List<String> allowed = List.of("none", "load-balancer", "web-server", "application", "database", "cache", "dns",
        "network", "storage", "certificate", "auth", "queue", "cdn", "cloud-provider", "os", "container-platform",
        "ci-cd", "monitoring", "third-party", "other", "recent-change", "attack", "server-resources");

    assertTrue(allowed.containsAll(HYPOTHESES.keys()), HYPOTHESES.keys().toString());
  }

  @Test
  void phrasesMatchEveryInflectionThroughStems() {
    assertEquals(List.of("recent-change"), keys("the deployments"));
    assertEquals(List.of("recent-change"), keys("they deployed it"));
    assertEquals(List.of("server-resources"), keys("the hosts were overloaded"));
  }

  @Test
  void longestPhraseWinsWhereTwoOverlap() {
    assertEquals(List.of("cdn"), keys("the CDN cache"));
    assertEquals(List.of("auth"), keys("the identity provider"));
    assertEquals(List.of("dns"), keys("the DNS provider"));
    assertEquals(List.of("network"), keys("the network partition"));
  }

  @Test
  void hostNamesThatAreNoHypothesisNameNothing() {
    assertEquals(List.of(), keys("restarted the application servers"));
  }

  @Test
  void exactWordsKeepWordsWithASharedStemApart() {
    assertEquals(List.of("dns"), keys("the DNS resolver"));
    assertEquals(List.of(), keys("the issue was resolved"));
    assertEquals(List.of(), keys("the logs contained errors"));
  }

  @Test
  void hyphenatedAndSplitFileNamesReadAsOneWord() {
    assertEquals(List.of("load-balancer"), keys("the load-balancer"));
    assertEquals(List.of("web-server"), keys("the file index.html"));
  }

  @Test
  void numberSlotMatchesOnlyNumbers() {
    StemLexicon cues = StemLexicon.load("/dev/hindsight/analysis/nlp/misleading-cues.tsv", MODELS);

    assertTrue(cues.matches(NormalizedTokens.tokenize("Dropped at 3:05 PM.", MODELS)).stream().anyMatch(m -> m.key().equals("refuted")));
    assertTrue(cues.matches(NormalizedTokens.tokenize("Packets dropped at the firewall.", MODELS)).isEmpty());
  }

  @Test
  void malformedVocabularyLineFailsWithItsFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> StemLexicon.load("/no/such/file.tsv", MODELS));

    assertTrue(e.getMessage().contains("/no/such/file.tsv"), e.getMessage());
  }
}
