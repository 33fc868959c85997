package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases of one {@link Lexicon} key: compiled as one alternation, and each on its own with the
 * characters it can begin with, so that a scan tries at a position only the phrases that can start
 * there.
 *
 * <p>Every pattern is {@code (?<![\w-])(?:phrase)(?![\w-])}, case-insensitive. Tried in file order,
 * the phrases that can start at a position find what the alternation finds there, since it too
 * takes the first phrase, in order, that matches. Phrases that cannot stand apart (inline flags,
 * back references, parentheses that only balance across lines) are kept as the one alternation.
 */
final class KeyPhrases {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int ASCII = 128;

  private final Pattern whole;
  private final LeadingChars wholeStarts;
  private final Pattern[] each;
  private final LeadingChars[] starts;
  /** For each ASCII first character, the phrases that can begin with it, in file order. */
  private final int[][] byFirst = new int[ASCII][];
  private final int[] all;

  private KeyPhrases(List<String> phrases) {
    whole = compile(String.join("|", phrases));
    wholeStarts = LeadingChars.of(whole, looksBehind(String.join("|", phrases)));
    Pattern[] apart = apart(phrases);
    each = apart != null ? apart : new Pattern[] {whole};
    starts = new LeadingChars[each.length];
    all = new int[each.length];
    for (int p = 0; p < each.length; p++) {
      starts[p] = apart != null ? LeadingChars.of(each[p], looksBehind(phrases.get(p))) : wholeStarts;
      all[p] = p;
    }
    for (char c = 0; c < ASCII; c++) {
      List<Integer> fit = new ArrayList<>();
      for (int p = 0; p < each.length; p++) {
        if (starts[p].mayStartWith(c)) {
          fit.add(p);
        }
      }
      byFirst[c] = fit.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The key's phrases, in file order. */
  static KeyPhrases of(List<String> phrases) {
    return new KeyPhrases(phrases);
  }

  /** All the phrases as one pattern. */
  Pattern pattern() {
    return whole;
  }

  /** False only when no match of the alternation can start at {@code at}. */
  boolean mayStartAt(String text, int at) {
    return wholeStarts.mayStartAt(text, at);
  }

  /** Where the first match in the text starts, as the alternation's {@code find()} would say; -1 when none. */
  int firstIn(String text) {
    int n = text.length();
    Matcher[] matchers = null;
    for (int i = 0; i < n; i++) {
      if (i > 0 && isWordOrHyphen(text.charAt(i - 1))) {
        continue; // the look-behind every pattern starts with
      }
      char c = text.charAt(i);
      for (int p : c < ASCII ? byFirst[c] : all) {
        if (!starts[p].mayStartAt(text, i)) {
          continue;
        }
        if (matchers == null) {
          matchers = new Matcher[each.length];
        }
        Matcher m = matchers[p];
        if (m == null) {
          // transparent bounds: the look-behind sees the text before the region
          m = each[p].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[p] = m;
        }
        m.region(i, n);
        if (m.lookingAt()) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Pattern compile(String alternatives) {
    return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", FLAGS);
  }

  /** Each phrase compiled on its own, or null when one of them cannot mean the same apart. */
  private static Pattern[] apart(List<String> phrases) {
    Pattern[] out = new Pattern[phrases.size()];
    for (int p = 0; p < out.length; p++) {
      String phrase = phrases.get(p);
      if (phrase.matches("(?s).*(?:\\(\\?[^:]|\\\\[1-9k]).*")) {
        return null; // an inline flag would reach into the next phrases; a back reference counts groups across them
      }
      try {
        out[p] = compile(phrase);
      } catch (PatternSyntaxException e) {
        return null;
      }
    }
    return out;
  }

  /** A look-behind or {@code \B} inside a phrase sees the text before a match, which probes do not have. */
  private static boolean looksBehind(String phrase) {
    return phrase.contains("(?<") || phrase.contains("\\B");
  }

  private static boolean isWordOrHyphen(char c) {
    return c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
