package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compiled vocabularies find what Lexicon finds, in a fraction of the tries. */
class CausePhrasesTest {

  private static final String DIR = "/dev/hindsight/analysis/nlp/";
  private static final String[] FILES = {"causes.tsv", "cause-hints.tsv", "components.tsv", "cause-cues.tsv"};

  @Test
  void matchesOnWordBoundariesRegardlessOfCase() {
    CausePhrases phrases = CausePhrases.load(DIR + "components.tsv");
    List<CauseLexicon.Mention> found = phrases.find(CausePhrases.lower("The Load Balancer and the reloadbalancer")).get(0);
    assertEquals(1, found.size());
    assertEquals("load-balancer", found.get(0).key());
    assertEquals(4, found.get(0).start());
  }

  @Test
  void lowerCasingKeepsPositions() {
    String text = "İSTANBUL ǅ Straße";
    assertEquals(text.length(), CausePhrases.lower(text).length());
  }

  @Test
  void groupsBecomeNonCapturingButEscapesAndClassesStay() {
    assertEquals("(?:a|b)\\(c\\)[(]x(?:d)", CausePhrases.uncaptured("(a|b)\\(c\\)[(]x(?:d)"));
    assertEquals("(?:wrong|bad) (?:\\w+ )?config", CausePhrases.uncaptured("(wrong|bad) (\\w+ )?config"));
  }

  @Test
  void triesFewPhrasesAtAWord() {
    CausePhrases phrases = CausePhrases.load(DIR + "causes.tsv");
    assertEquals(0, phrases.candidates('x', 'q'));
    assertTrue(phrases.candidates('m', 'i') < 30, "phrases tried at 'mi': " + phrases.candidates('m', 'i'));
  }

  @Test
  void missingFileFailsWithItsName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CausePhrases.load("/no/such/file.tsv"));
    assertTrue(e.getMessage().contains("/no/such/file.tsv"));
  }

  @Test
  void findsWhereLexiconFindsOnRandomText() throws IOException {
    Random random = new Random(11);
    for (String file : FILES) {
      Lexicon lexicon = Lexicon.load(DIR + file);
      CausePhrases phrases = CausePhrases.load(DIR + file);
      List<String> words = wordsOf(DIR + file);
      for (int n = 0; n < 150; n++) {
        String text = sentence(words, random);
        List<CauseLexicon.Mention> ours = phrases.find(CausePhrases.lower(text)).get(0);
        for (String key : lexicon.keys()) {
          OptionalInt first = ours.stream().filter(m -> m.key().equals(key)).mapToInt(CauseLexicon.Mention::start).min();
          OptionalInt theirs = lexicon.find(key, text).map(m -> OptionalInt.of(m.start())).orElse(OptionalInt.empty());
          assertEquals(theirs, first, file + " key " + key + " in: " + text);
        }
      }
    }
  }

  /** The words the phrases of a file are made of, so random text hits them often. */
  private static List<String> wordsOf(String resource) throws IOException {
    String text;
    try (InputStream in = CausePhrasesTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> words = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#") || !line.contains("\t")) {
        continue;
      }
      Matcher m = Pattern.compile("[a-z]{2,}").matcher(line.substring(line.indexOf('\t') + 1));
      while (m.find()) {
        words.add(m.group());
      }
    }
    words.addAll(List.of("the", "a", "was", "not", "by", "to", ",", ".", "-", "'s", "index.php", "100%", "—", "n't"));
    return words;
  }

  private static String sentence(List<String> words, Random random) {
    StringBuilder out = new StringBuilder();
    int length = 4 + random.nextInt(14);
    for (int i = 0; i < length; i++) {
      String w = words.get(random.nextInt(words.size()));
      out.append(random.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(random.nextInt(7) == 0 ? "" : " ");
    }
    return out.toString();
  }
}
