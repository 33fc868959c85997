package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lexicon tries only the phrases that can start at a position; it must find what the plain alternation finds. */
class LexiconTest {

  private static final List<String> FILES = List.of("/dev/hindsight/ingest/sections.tsv", "/dev/hindsight/ingest/timeline-cues.tsv");

  @Test
  void findsWhatTheAlternationFinds() {
    Random random = new Random(7);
    for (String file : FILES) {
      Lexicon lexicon = Lexicon.load(file);
      Map<String, Pattern> plain = alternations(file);
      List<String> words = wordsOf(file);
      for (int n = 0; n < 300; n++) {
        String text = text(words, random);
        for (Map.Entry<String, Pattern> e : plain.entrySet()) {
          Matcher expected = e.getValue().matcher(text);
          Optional<Matcher> found = lexicon.find(e.getKey(), text);
          String where = file + " key " + e.getKey() + " in: " + text;
          assertEquals(expected.find(), found.isPresent(), where);
          if (found.isPresent()) {
            assertEquals(expected.start(), found.get().start(), where);
            assertEquals(expected.group(), found.get().group(), where);
          }
        }
      }
    }
  }

  @Test
  void oddCharactersBeforeAndInsideAWordDoNotHideIt() {
    Lexicon cues = Lexicon.load("/dev/hindsight/ingest/timeline-cues.tsv");
    for (String text : List.of("é alert fired", "éalert fired", "ALERT FIRED", "x_alert", "-alert", "\talerted\n", "\u212Aey alert")) {
      boolean expected = alternations("/dev/hindsight/ingest/timeline-cues.tsv").get("detect").matcher(text).find();
      assertEquals(expected, cues.matches("detect", text), text);
    }
  }

  /** Each key's phrases as one pattern, the way the vocabulary format defines them. */
  private static Map<String, Pattern> alternations(String file) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(file)) {
      phrases.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.phrase());
    }
    Map<String, Pattern> out = new LinkedHashMap<>();
    phrases.forEach((key, list) -> out.put(key, Pattern.compile(
        "(?<![\\w-])(?:" + String.join("|", list) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    return out;
  }

  /** The words of a file's phrases, so random text hits them often. */
  private static List<String> wordsOf(String file) {
    List<String> words = new ArrayList<>(List.of("the", "at", "10:05", "was", "-", "_", "on-call", "É"));
    for (VocabularyFile.Entry e : VocabularyFile.read(file)) {
      Matcher m = Pattern.compile("[a-z]{2,}").matcher(e.phrase());
      while (m.find()) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static String text(List<String> words, Random random) {
    StringBuilder out = new StringBuilder();
    int length = 3 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      String word = words.get(random.nextInt(words.size()));
      out.append(random.nextInt(5) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
      out.append(random.nextInt(8) == 0 ? "" : random.nextInt(6) == 0 ? ", " : " ");
    }
    return out.toString();
  }
}
