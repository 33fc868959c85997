package dev.hindsight.ingest.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds lengths of time in text ("2 hours and 45 minutes", "2h30m", "half an hour", "~90m"). */
final class DurationReader {

  private static final String TENS = "twenty|thirty|forty|fifty";
  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  // longer words before their prefixes ("fourteen" before "four") so the alternation needs no backtracking
  private static final String WORD_NUMBER = "(?:" + TENS + ")(?:[ -](?:" + UNITS + "))?"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|ninety"
      + "|" + UNITS + "|ten|an|a|half";
  private static final String LONG_UNIT = "weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?";

  // One piece: "7.5 hours", "45mins", "5-minute", "two hours", "one and a half hours", "2h", "30m",
  // "half an hour", "a half hour". Short units ("h", "m", "s", "d") only straight after digits, lower case.
  private static final Pattern PIECE = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_.]|\\p{N},)"
          + "(?:(\\d{1,5}(?:\\.\\d{1,3})?)(\\s{1,2}and\\s{1,2}a\\s{1,2}half)?(?:\\s{1,2}|-)?(" + LONG_UNIT + ")"
          + "|(\\d{1,3})(?-i:([hmsd]))"
          + "|half\\s{1,2}an?\\s{1,2}(" + LONG_UNIT + ")"
          + "|an?\\s{1,2}half[\\s-](" + LONG_UNIT + ")"
          + "|(" + WORD_NUMBER + ")(\\s{1,2}and\\s{1,2}a\\s{1,2}half)?[\\s-]{1,2}(" + LONG_UNIT + "))"
          + "(?!\\p{L})");
  // between pieces: "2h30m", "2 hours 15 minutes", "1 hour, 10 minutes", "2 hours and 45 minutes"
  private static final Pattern JOIN = Pattern.compile("(?i)\\s{0,2},?\\s{0,2}(?:and\\s{1,2})?");
  private static final Pattern AND_A_HALF = Pattern.compile("(?i)\\s{1,2}and\\s{1,2}a\\s{1,2}half(?!\\p{L})");

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("half", 0));
  private static final String[][] NUMBER_WORDS_BY_INITIAL = byInitial(NUMBER_WORDS.keySet());
  private static final int MAX_NUMBER_WORD = 9;
  private static final Set<String> HEDGES = Set.of(
      "approximately", "approx", "about", "around", "roughly", "nearly", "almost", "over", "some", "circa", "ca");

  /** Durations in order of appearance, outside {@code claimed} (a clock "2100 hrs" is not 2100 hours). */
  List<DurationMention> find(String text, ClaimedSpans claimed) {
    int n = text.length();
    List<DurationMention> found = new ArrayList<>(0);
    Matcher m = null;
    Matcher next = null;
    Matcher join = null;
    Matcher half = null;
    // The regex runs only where a length can start (a number or a number word); see ClockReader.
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean number = c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && unitMayFollowNumber(text, i);
      if (!number && !(Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && startsWithNumberWord(text, i))) {
        i++;
        continue;
      }
      if (m == null) {
        m = PIECE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // opaque bounds: PIECE's look-behind must not see the piece before ("2h|30m")
        next = PIECE.matcher(text);
        join = JOIN.matcher(text);
        half = AND_A_HALF.matcher(text);
      }
      m.region(i, n);
      if (!m.lookingAt()) {
        i++;
        continue;
      }
      Piece first = Piece.of(m);
      if (first == null || claimed.overlaps(m.start(), m.end())) {
        i = m.end();
        continue;
      }
      double seconds = first.seconds();
      long unit = first.unitSeconds();
      Piece last = first;
      int end = m.end();
      while (true) {
        if (last.whole() && lookingAt(half, text, end)) {
          seconds += unit / 2.0;
          end = half.end();
          break;
        }
        if (!lookingAt(join, text, end) || !lookingAt(next, text, join.end())) {
          break;
        }
        Piece piece = Piece.of(next);
        boolean comma = text.substring(end, join.end()).indexOf(',') >= 0;
        if (piece == null || !continues(last, piece, comma) || claimed.overlaps(next.start(), next.end())) {
          break;
        }
        seconds += piece.seconds();
        unit = piece.unitSeconds();
        last = piece;
        end = next.end();
      }
      found.add(new DurationMention(m.start(), end, Duration.ofSeconds(Math.round(seconds)),
          hedged(text, m.start())));
      i = end;
    }
    return found;
  }

  /**
   * Whether {@code next} carries on the length {@code last} started: "2 hours 15 minutes" and
   * "1 hour, 10 minutes" do; the list items "1.5 hrs, 45 minutes", "3 days, two hours" and
   * "2 hours 90 minutes" do not.
   */
  private static boolean continues(Piece last, Piece next, boolean comma) {
    return next.unitSeconds() < last.unitSeconds()
        && last.whole()
        && next.count() < (double) last.unitSeconds() / next.unitSeconds()
        && (!comma || last.inWords() == next.inWords());
  }

  // Cheap tests before the regex: a unit letter (w, d, h, m, s) or "and a half" must come soon after
  // the number, and "a"/"an" must be followed by a unit word or "half".
  private static boolean unitMayFollowNumber(String text, int at) {
    int n = text.length();
    int p = at;
    // at most "12345.678": a longer run of digits and dots is no length ("1.1.1.1...")
    while (p < n && p - at < 10 && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
      p++;
    }
    if (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-')) {
      p++;
    }
    return p < n && isUnitInitial(text.charAt(p));
  }

  private static boolean startsWithNumberWord(String text, int at) {
    int n = text.length();
    int end = at;
    while (end < n && end - at <= MAX_NUMBER_WORD && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int length = end - at;
    if (length > MAX_NUMBER_WORD) {
      return false;
    }
    if (length <= 2 && (text.charAt(at) == 'a' || text.charAt(at) == 'A')) {
      // "a"/"an": only before a unit or "half" ("an hour", "a half hour"), not before every noun
      return (length == 1 || Character.toLowerCase(text.charAt(at + 1)) == 'n')
          && end + 1 < n && text.charAt(end) == ' ' && isUnitInitial(text.charAt(end + 1));
    }
    char initial = Character.toLowerCase(text.charAt(at));
    if (initial < 'a' || initial > 'z') {
      return false;
    }
    for (String word : NUMBER_WORDS_BY_INITIAL[initial - 'a']) {
      if (word.length() == length && text.regionMatches(true, at, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static String[][] byInitial(Set<String> words) {
    String[][] buckets = new String[26][];
    for (int i = 0; i < 26; i++) {
      char initial = (char) ('a' + i);
      buckets[i] = words.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
    }
    return buckets;
  }

  private static boolean isUnitInitial(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'w', 'd', 'h', 'm', 's', 'a' -> true;
      default -> false;
    };
  }

  private static boolean lookingAt(Matcher matcher, String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    matcher.region(at, text.length());
    return matcher.lookingAt();
  }

  // "approximately 2 hours", "~90m", "about an hour", "approx. 3 days"
  private static boolean hedged(String text, int start) {
    int p = start;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    char c = text.charAt(p - 1);
    if (c == '~' || c == '≈') {
      return true;
    }
    if (c == '.') {
      p--;
    }
    int wordEnd = p;
    while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
      p--;
    }
    return wordEnd > p && HEDGES.contains(text.substring(p, wordEnd).toLowerCase(Locale.ROOT));
  }

  /** One number-and-unit piece of a duration. */
  private record Piece(double count, long unitSeconds, boolean inWords) {

    double seconds() {
      return count * unitSeconds;
    }

    /** A whole number of units; "1.5 hrs" and "an hour and a half" end a length rather than start one. */
    boolean whole() {
      return count == Math.rint(count);
    }

    static Piece of(Matcher m) {
      if (m.group(3) != null) {
        return of(Double.parseDouble(m.group(1)), m.group(2) != null, m.group(3), false);
      }
      if (m.group(5) != null) {
        return of(Integer.parseInt(m.group(4)), false, m.group(5), false);
      }
      if (m.group(6) != null) {
        return of(0.5, false, m.group(6), true);
      }
      if (m.group(7) != null) {
        return of(0.5, false, m.group(7), true);
      }
      String word = m.group(8).toLowerCase(Locale.ROOT);
      String unit = m.group(10);
      // "a second" is far more often the ordinal ("a second time") than one second
      if ((word.equals("a") || word.equals("an")) && unit.toLowerCase(Locale.ROOT).startsWith("s")) {
        return null;
      }
      return of(wordValue(word), m.group(9) != null, unit, true);
    }

    private static Piece of(double value, boolean andAHalf, String unitText, boolean inWords) {
      return new Piece(value + (andAHalf ? 0.5 : 0), unitSeconds(unitText.toLowerCase(Locale.ROOT)), inWords);
    }

    private static double wordValue(String word) {
      if (word.equals("half")) {
        return 0.5;
      }
      int split = Math.max(word.indexOf(' '), word.indexOf('-'));
      if (split > 0) {
        return NUMBER_WORDS.get(word.substring(0, split)) + NUMBER_WORDS.get(word.substring(split + 1));
      }
      return NUMBER_WORDS.get(word);
    }

    private static long unitSeconds(String unit) {
      if (unit.startsWith("w")) {
        return 7 * 86_400L;
      }
      if (unit.startsWith("d")) {
        return 86_400L;
      }
      if (unit.startsWith("h")) {
        return 3_600L;
      }
      if (unit.startsWith("m")) {
        return 60L;
      }
      return 1L;
    }
  }
}
