package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vocabulary read from a resource file: keys, each with the phrases that signal it.
 *
 * <p>File format, one entry a line: {@code key<TAB>phrase}; {@code #} starts a comment. A phrase
 * is matched case-insensitively on word boundaries; it may use regular expression syntax
 * ({@code restor(ed|ing)}, {@code back (up|online)}). Keys keep the order of their first line,
 * which is the priority order for {@link #firstKey}.
 */
public final class Lexicon {

  private static final int CACHED_ANSWERS = 1024;
  private static final int CACHED_LENGTH = 1000;

  private final String name;
  private final Map<String, KeyPhrases> patterns;
  private final ThreadLocal<Map<String, Boolean>> recent = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(CACHED_ANSWERS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > CACHED_ANSWERS;
        }
      });

  private Lexicon(String name, Map<String, KeyPhrases> patterns) {
    this.name = name;
    this.patterns = patterns;
  }

  /** Loads a lexicon from the class path; a missing or malformed file fails with its name and line. */
  public static Lexicon load(String resource) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(resource)) {
      phrases.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.phrase());
    }
    Map<String, KeyPhrases> compiled = new LinkedHashMap<>();
    phrases.forEach((key, list) -> compiled.put(key, KeyPhrases.of(list)));
    return new Lexicon(resource, java.util.Collections.unmodifiableMap(compiled));
  }

  /** The keys in file order. */
  public List<String> keys() {
    return List.copyOf(patterns.keySet());
  }

  /** True when one of the key's phrases occurs in the text. */
  public boolean matches(String key, String text) {
    if (text.length() > CACHED_LENGTH) {
      return find(key, text).isPresent();
    }
    // Stages ask the same question of the same line more than once: remember recent answers.
    Map<String, Boolean> cache = recent.get();
    String question = key + '\u0000' + text;
    Boolean answer = cache.get(question);
    if (answer == null) {
      answer = find(key, text).isPresent();
      cache.put(question, answer);
    }
    return answer;
  }

  /** The first occurrence of one of the key's phrases in the text. */
  public Optional<Matcher> find(String key, String text) {
    KeyPhrases phrases = patterns.get(key);
    if (phrases == null) {
      throw new IllegalArgumentException("vocabulary " + name + " has no key '" + key + "'");
    }
    int at = phrases.firstIn(text);
    if (at < 0) {
      return Optional.empty();
    }
    // Hand back a matcher in the state a plain find() leaves it in.
    Matcher m = phrases.pattern().matcher(text);
    m.find(at);
    return Optional.of(m);
  }

  /** The first key, in file order, with a phrase in the text. */
  public Optional<String> firstKey(String text) {
    for (Map.Entry<String, KeyPhrases> e : patterns.entrySet()) {
      if (e.getValue().firstIn(text) >= 0) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The first key, in file order, one of whose phrases is the whole text. */
  public Optional<String> wholeKey(String text) {
    for (Map.Entry<String, KeyPhrases> e : patterns.entrySet()) {
      if (!text.isEmpty() && !e.getValue().mayStartAt(text, 0)) {
        continue; // a whole-text match starts at the first character
      }
      if (e.getValue().pattern().matcher(text).matches()) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Every key with a phrase in the text, in file order. */
  public List<String> keysIn(String text) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, KeyPhrases> e : patterns.entrySet()) {
      if (e.getValue().firstIn(text) >= 0) {
        keys.add(e.getKey());
      }
    }
    return keys;
  }
}
