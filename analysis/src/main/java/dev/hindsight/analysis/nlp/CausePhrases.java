package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.VocabularyFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Vocabularies in the {@code dev.hindsight.ingest.Lexicon} file format ("key&lt;TAB&gt;phrase",
 * phrases are lower-case regular expressions matched case-insensitively on word boundaries, keys
 * in priority order), compiled together for reading every sentence of a large corpus in one pass.
 *
 * <p>Lexicon tries each key's whole alternation at every position of a text, case-insensitively;
 * with a few hundred phrases that costs milliseconds a document. Here a phrase is tried only where
 * a word starts and only when it can begin with that word: which phrases can begin with which first
 * two characters is worked out once, when the files are read, by asking each pattern whether a
 * probe of those characters could start a match; which can begin with a whole token is worked out
 * the first time the token is seen and remembered (a bounded cache shared by threads). Matching
 * runs on a lower-cased copy of the text. The matches are the same as Lexicon's, for a small
 * fraction of the work, and every occurrence of every phrase is reported, so the caller can tell
 * overlapping phrases of different lengths apart.
 */
final class CausePhrases {

  /**
   * The characters told apart when indexing; every other character falls in one class, probed
   * with a few representatives. The space class also stands for the end of the text.
   */
  private static final String PROBES = "abcdefghijklmnopqrstuvwxyz0123456789 .,;:/-_'`\"$%#@!?()[]<>=+*&|~^";
  private static final String OTHER_PROBES = "’‘“”éüçñ–—\t{}";
  private static final int CLASSES = PROBES.length() + 1;
  private static final int OTHER = CLASSES - 1;
  private static final int SPACE = PROBES.indexOf(' ');
  private static final int[] CLASS_OF = new int[128];
  /** Tokens remembered; past this the rest are worked out each time (frequent tokens come early). */
  private static final int TOKEN_CACHE = 100_000;
  /** Longer tokens are not remembered. */
  private static final int LONGEST_TOKEN = 48;

  static {
    Arrays.fill(CLASS_OF, OTHER);
    for (int i = 0; i < PROBES.length(); i++) {
      CLASS_OF[PROBES.charAt(i)] = i;
    }
  }

  private final List<List<String>> keys;
  private final Phrase[] phrases;
  /** For each class of first and second character, the phrases that can begin with them. */
  private final Phrase[][] byStart;
  /** For each token seen, the phrases that can begin with it. */
  private final ConcurrentHashMap<String, Phrase[]> byToken = new ConcurrentHashMap<>();
  /** Each thread's matchers, one a phrase, made on first need and moved from sentence to sentence. */
  private final ThreadLocal<Matcher[]> matchers;

  private CausePhrases(List<List<String>> keys, List<Phrase> phrases) {
    this.keys = keys;
    this.phrases = phrases.toArray(new Phrase[0]);
    this.byStart = index(this.phrases);
    int count = this.phrases.length;
    this.matchers = ThreadLocal.withInitial(() -> new Matcher[count]);
  }

  /**
   * Reads vocabularies from the class path; a missing or malformed file fails with its name and
   * line. Their matches are reported apart, by the order the files are given in.
   */
  static CausePhrases load(String... resources) {
    List<List<String>> keys = new ArrayList<>();
    List<Phrase> phrases = new ArrayList<>();
    for (int v = 0; v < resources.length; v++) {
      keys.add(read(resources[v], v, phrases));
    }
    return new CausePhrases(List.copyOf(keys), phrases);
  }

  private static List<String> read(String resource, int vocabulary, List<Phrase> phrases) {
    Map<String, Integer> keyIndex = new LinkedHashMap<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(resource)) {
      keyIndex.putIfAbsent(e.key(), keyIndex.size());
      try {
        Pattern pattern = Pattern.compile("(?:" + uncaptured(e.phrase()) + ")(?![\\w-])");
        phrases.add(new Phrase(vocabulary, e.key(), keyIndex.get(e.key()), phrases.size(), pattern));
      } catch (PatternSyntaxException ex) {
        throw new IllegalStateException(e.where() + ": bad phrase: " + ex.getDescription(), ex);
      }
    }
    return List.copyOf(keyIndex.keySet());
  }

  /**
   * The phrase with its groups made non-capturing: nothing reads the groups, and a matcher resets
   * every capturing group each time it is moved to a new word.
   */
  static String uncaptured(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '\\' && i + 1 < phrase.length()) {
        out.append(c).append(phrase.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      out.append(c);
      if (c == '(' && !inClass && (i + 1 >= phrase.length() || phrase.charAt(i + 1) != '?')) {
        out.append("?:");
      }
    }
    return out.toString();
  }

  /** Groups the phrases by the two characters they can begin with. */
  private static Phrase[][] index(Phrase[] phrases) {
    List<List<Phrase>> fit = new ArrayList<>();
    for (int i = 0; i < CLASSES * CLASSES; i++) {
      fit.add(new ArrayList<>());
    }
    for (Phrase p : phrases) {
      for (int first = 0; first < CLASSES; first++) {
        if (first == SPACE || !canBegin(p.pattern, probes(first), "")) {
          continue; // a phrase never starts at a space
        }
        for (int second = 0; second < CLASSES; second++) {
          if (canBegin(p.pattern, probes(first), probes(second))) {
            fit.get(first * CLASSES + second).add(p);
          }
        }
      }
    }
    Phrase[][] byStart = new Phrase[CLASSES * CLASSES][];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = fit.get(i).toArray(new Phrase[0]);
    }
    return byStart;
  }

  private static String probes(int characterClass) {
    return characterClass == OTHER ? OTHER_PROBES : PROBES.substring(characterClass, characterClass + 1);
  }

  /**
   * True when a text beginning with one of {@code firsts} then one of {@code seconds} could match:
   * the probe matches, or the matcher wanted more input. A space second also stands for the end.
   */
  private static boolean canBegin(Pattern pattern, String firsts, String seconds) {
    for (int i = 0; i < firsts.length(); i++) {
      String first = firsts.substring(i, i + 1);
      if (seconds.isEmpty() || seconds.equals(" ")) {
        if (couldMatch(pattern, first)) {
          return true;
        }
        if (seconds.isEmpty()) {
          continue;
        }
      }
      for (int j = 0; j < seconds.length(); j++) {
        if (couldMatch(pattern, first + seconds.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the pattern matches the start of {@code probe}, or would need more of it to tell. */
  private static boolean couldMatch(Pattern pattern, String probe) {
    Matcher m = pattern.matcher(probe);
    return m.lookingAt() || m.hitEnd();
  }

  /** The keys of one vocabulary in file order, which is their priority order. */
  List<String> keys(int vocabulary) {
    return keys.get(vocabulary);
  }

  /** How many phrases are tried at a word starting with these two characters, before the word itself is looked at. */
  int candidates(char first, char second) {
    return byStart[classOf(first) * CLASSES + classOf(second)].length;
  }

  /**
   * Every occurrence of every phrase in {@code lower} (a text lower-cased by {@link #lower}), one
   * list per vocabulary in load order, each in text order.
   */
  List<List<CauseLexicon.Mention>> find(String lower) {
    List<List<CauseLexicon.Mention>> out = new ArrayList<>(keys.size());
    for (int v = 0; v < keys.size(); v++) {
      out.add(new ArrayList<>(4));
    }
    Matcher[] matchers = this.matchers.get();
    boolean[] moved = null;
    int length = lower.length();
    for (int i = 0; i < length; i++) {
      if (i > 0 && isWordChar(lower.charAt(i - 1))) {
        continue; // phrases start on a word boundary, as in Lexicon
      }
      for (Phrase p : candidates(lower, i)) {
        if (moved == null) {
          moved = new boolean[matchers.length];
        }
        Matcher m = matchers[p.index];
        if (m == null) {
          m = p.pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[p.index] = m;
          moved[p.index] = true;
        } else if (!moved[p.index]) {
          m.reset(lower); // keeps the transparent, non-anchoring bounds
          moved[p.index] = true;
        }
        m.region(i, length);
        if (m.lookingAt()) {
          out.get(p.vocabulary).add(new CauseLexicon.Mention(p.key, i, m.end(), p.keyIndex));
        }
      }
    }
    return out;
  }

  /**
   * The phrases that can begin at a word start: those that can begin with its first two
   * characters and, of those, the ones that could match a text starting with the whole token there
   * (the run of characters up to the next space) followed by a space.
   */
  private Phrase[] candidates(String lower, int at) {
    int length = lower.length();
    int second = at + 1 < length ? classOf(lower.charAt(at + 1)) : SPACE;
    Phrase[] byChars = byStart[classOf(lower.charAt(at)) * CLASSES + second];
    if (byChars.length == 0) {
      return byChars;
    }
    int end = at;
    while (end < length && !Character.isWhitespace(lower.charAt(end))) {
      end++;
    }
    if (end - at > LONGEST_TOKEN) {
      return byChars; // a URL or a blob: rare enough to try the phrases directly
    }
    String token = lower.substring(at, end);
    Phrase[] known = byToken.get(token);
    if (known != null) {
      return known;
    }
    String probe = token + " ";
    List<Phrase> fit = new ArrayList<>(2);
    for (Phrase p : byChars) {
      if (couldMatch(p.pattern, probe)) {
        fit.add(p);
      }
    }
    Phrase[] found = fit.toArray(new Phrase[0]);
    if (byToken.size() < TOKEN_CACHE) {
      byToken.putIfAbsent(token, found);
    }
    return found;
  }

  private static int classOf(char c) {
    return c < 128 ? CLASS_OF[c] : OTHER;
  }

  /** The characters Lexicon's boundary {@code (?<![\w-])} treats as inside a word. */
  private static boolean isWordChar(char c) {
    return c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The text lower-cased one char at a time, so positions stay those of the original. */
  static String lower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private record Phrase(int vocabulary, String key, int keyIndex, int index, Pattern pattern) {}
}
