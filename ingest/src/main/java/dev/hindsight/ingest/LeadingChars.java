package dev.hindsight.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two characters a phrase pattern can begin a match with, worked out once by probing the
 * compiled pattern, so that a scan runs the regex only where a match can start.
 *
 * <p>A probe is a candidate start of a text: the pattern either matches it or wants more input
 * ({@link Matcher#hitEnd}) when some text starting with it could match. Only printable ASCII is
 * told apart; any other character at a position lets the position through, so the positions let
 * through are always a superset of those where the pattern can match.
 */
final class LeadingChars {

  private static final char FIRST_PRINTABLE = ' ';
  private static final char LAST_PRINTABLE = '~';
  private static final int ASCII = 128;

  /** True when the pattern may match anywhere (it can match nothing, or looks behind itself). */
  private final boolean anywhere;
  private final boolean[] firsts = new boolean[ASCII];
  /** For each first character, the second characters a match can go on with (bits 0..127). */
  private final long[][] seconds = new long[ASCII][];

  private LeadingChars(Pattern pattern, boolean anywhere) {
    this.anywhere = anywhere || pattern.matcher("").lookingAt();
    if (this.anywhere) {
      return;
    }
    for (char first = 0; first < ASCII; first++) {
      if (!isPrintable(first)) {
        firsts[first] = true;
        seconds[first] = null; // not told apart: every second character goes
        continue;
      }
      if (!couldMatch(pattern, String.valueOf(first))) {
        continue;
      }
      firsts[first] = true;
      long[] bits = new long[2];
      for (char second = 0; second < ASCII; second++) {
        if (!isPrintable(second) || couldMatch(pattern, new String(new char[] {first, second}))) {
          bits[second >> 6] |= 1L << (second & 63);
        }
      }
      seconds[first] = bits;
    }
  }

  /**
   * The leading characters of {@code pattern}; {@code anywhere} when the pattern's text has
   * constructs a probe cannot judge (a look-behind or {@code \B} inside a phrase sees the text
   * before a match's start, which a probe does not have).
   */
  static LeadingChars of(Pattern pattern, boolean anywhere) {
    return new LeadingChars(pattern, anywhere);
  }

  /** False only when no match of the pattern can start with this (ASCII) character. */
  boolean mayStartWith(char first) {
    return anywhere || first >= ASCII || firsts[first];
  }

  /** False only when no match of the pattern can start at {@code at}. */
  boolean mayStartAt(String text, int at) {
    if (anywhere) {
      return true;
    }
    char first = text.charAt(at);
    if (first >= ASCII) {
      return true;
    }
    if (!firsts[first]) {
      return false;
    }
    long[] bits = seconds[first];
    if (bits == null || at + 1 >= text.length()) {
      return true;
    }
    char second = text.charAt(at + 1);
    return second >= ASCII || (bits[second >> 6] & (1L << (second & 63))) != 0;
  }

  private static boolean isPrintable(char c) {
    return c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE;
  }

  private static boolean couldMatch(Pattern pattern, String probe) {
    Matcher m = pattern.matcher(probe);
    return m.lookingAt() || m.hitEnd();
  }
}
