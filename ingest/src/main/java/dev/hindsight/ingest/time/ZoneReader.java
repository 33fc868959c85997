package dev.hindsight.ingest.time;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time zone written at a given place in text: a written offset ("UTC-5") or a name from a {@link ZoneTable}. */
final class ZoneReader {

  /** A zone found in text; the span includes parentheses written around it. */
  record Hit(int start, int end, ZoneMention mention) {}

  // "Central African Time (CAT)": the abbreviation repeated in parentheses belongs to the same mention.
  private static final Pattern ABBREVIATION_IN_PARENS = Pattern.compile(" ?\\(([A-Za-z]{1,5})\\)");

  // Zones matter only next to a clock time; looking this far around each one is enough for
  // "13:15 PST 29 april 2022" and "10:00 on 22 July 2024 Central African Time".
  private static final int LOOK_BEHIND = 40;
  private static final int LOOK_AHEAD = 64;
  // Abbreviations that are also English words count only when written in capitals: "10:00 CAT", not
  // "10:00 cat /var/log/syslog" or "10:00 west of the river".
  private static final Set<String> ENGLISH_WORDS = Set.of("cat", "eat", "wat", "west", "wet", "et", "mt", "ct", "pt");

  private final ZoneTable table;

  ZoneReader(ZoneTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The zone starting exactly at {@code at}, or null. */
  Hit readAt(String text, int at) {
    if (at < 0 || at >= text.length() || !Character.isLetter(text.charAt(at))) {
      return null;
    }
    Hit offset = readNamedOffset(text, at);
    return offset != null ? offset : readName(text, at);
  }

  /** The zone after {@code from}, past up to two spaces and an opening parenthesis, or null. */
  Hit readAfter(String text, int from) {
    int p = from;
    int n = text.length();
    for (int spaces = 0; spaces < 2 && p < n && text.charAt(p) == ' '; spaces++) {
      p++;
    }
    if (p < n && text.charAt(p) == '(') {
      p++;
    }
    return readAt(text, p);
  }

  /** Zones written near the given clock times, skipping text already claimed, in order of appearance. */
  List<Hit> findNear(String text, List<ClockReader.Hit> clocks, ClaimedSpans claimed) {
    List<Hit> hits = new ArrayList<>();
    int n = text.length();
    int scanned = 0;
    for (ClockReader.Hit clock : clocks) {
      int from = Math.max(scanned, clock.start() - LOOK_BEHIND);
      int to = Math.min(n, clock.end() + LOOK_AHEAD);
      int i = from;
      while (i < to) {
        if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
          i++;
          continue;
        }
        Hit hit = claimed.overlaps(i, i + 1) ? null : readAt(text, i);
        if (hit != null && !claimed.overlaps(hit.start(), hit.end())) {
          Hit widened = widenToParentheses(text, hit);
          hit = claimed.overlaps(widened.start(), widened.end()) ? hit : widened;
          claimed.claim(hit.start(), hit.end());
          hits.add(hit);
          i = hit.end();
        } else {
          while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
          }
        }
      }
      scanned = Math.max(scanned, i);
    }
    return hits;
  }

  // "UTC-5", "UTC +05:30", "GMT + 1", "UTC−5", read by hand: this runs for every "UTC" near a time.
  private static Hit readNamedOffset(String text, int at) {
    int n = text.length();
    if (at + 4 >= n || !(text.regionMatches(true, at, "utc", 0, 3) || text.regionMatches(true, at, "gmt", 0, 3))) {
      return null;
    }
    int p = at + 3;
    boolean spaceBefore = text.charAt(p) == ' ';
    if (spaceBefore) {
      p++;
    }
    char sign = p < n ? text.charAt(p) : ' ';
    if (sign != '+' && sign != '-' && sign != '\u2212') {
      return null;
    }
    p++;
    boolean spaceAfter = p < n && text.charAt(p) == ' ';
    if (spaceAfter) {
      p++;
    }
    int hoursStart = p;
    while (p < n && p - hoursStart < 3 && isDigit(text.charAt(p))) {
      p++;
    }
    int hourDigits = p - hoursStart;
    int hours;
    int minutes = 0;
    boolean minutesWritten = false;
    if (hourDigits == 1 || hourDigits == 2) {
      hours = Integer.parseInt(text, hoursStart, p, 10);
      if (p + 2 < n && text.charAt(p) == ':' && isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2))) {
        minutes = Integer.parseInt(text, p + 1, p + 3, 10);
        minutesWritten = true;
        p += 3;
      }
    } else if (hourDigits == 3 && p < n && isDigit(text.charAt(p))) {
      // "UTC+0530"
      hours = Integer.parseInt(text, hoursStart, hoursStart + 2, 10);
      minutes = Integer.parseInt(text, hoursStart + 2, hoursStart + 4, 10);
      minutesWritten = true;
      p++;
    } else if (hourDigits == 3) {
      // "UTC+530"
      hours = text.charAt(hoursStart) - '0';
      minutes = Integer.parseInt(text, hoursStart + 1, hoursStart + 3, 10);
      minutesWritten = true;
    } else {
      return null;
    }
    if (p < n && isDigit(text.charAt(p))) {
      return null;
    }
    // "GMT + 1" is an offset, but "UTC - 12:00" after a time is the second half of a range.
    if (spaceAfter && (minutesWritten || continuesAsClock(text, p))) {
      return null;
    }
    Optional<ZoneOffset> offset = ZoneTable.offset(sign == '+' ? '+' : '-', hours, minutes);
    if (offset.isEmpty()) {
      return null;
    }
    return new Hit(at, p, new ZoneMention(text.substring(at, p), offset.get(), false));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Hit readName(String text, int at) {
    int n = text.length();
    int firstEnd = wordEnd(text, at);
    if (!table.startsSomeName(text.substring(at, firstEnd).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int max = table.maxWords();
    int[] ends = new int[max];
    int count = 0;
    int p = at;
    while (count < max) {
      int q = wordEnd(text, p);
      ends[count++] = q;
      // names are written with single spaces between words
      if (q + 1 < n && text.charAt(q) == ' ' && Character.isLetter(text.charAt(q + 1))) {
        p = q + 1;
      } else {
        break;
      }
    }
    for (int k = count; k >= 1; k--) {
      int end = ends[k - 1];
      if (end < n && Character.isDigit(text.charAt(end))) {
        continue;
      }
      String written = text.substring(at, end);
      String key = written.toLowerCase(Locale.ROOT);
      ZoneTable.Entry entry = table.entry(key);
      if (entry == null || (written.equals(key) && ENGLISH_WORDS.contains(key))) {
        continue;
      }
      if (k > 1) {
        Matcher m = ABBREVIATION_IN_PARENS.matcher(text).region(end, n);
        if (m.lookingAt() && table.entry(m.group(1).toLowerCase(Locale.ROOT)) != null) {
          end = m.end();
        }
      }
      return new Hit(at, end, new ZoneMention(text.substring(at, end), entry.zone(), entry.ambiguous()));
    }
    return null;
  }

  private static Hit widenToParentheses(String text, Hit hit) {
    if (hit.start() > 0 && text.charAt(hit.start() - 1) == '('
        && hit.end() < text.length() && text.charAt(hit.end()) == ')') {
      return new Hit(hit.start() - 1, hit.end() + 1, hit.mention());
    }
    return hit;
  }

  private static int wordEnd(String text, int from) {
    int q = from;
    while (q < text.length() && Character.isLetter(text.charAt(q))) {
      q++;
    }
    return q;
  }

  private static boolean continuesAsClock(String text, int at) {
    return at + 1 < text.length()
        && (text.charAt(at) == ':' || text.charAt(at) == '.')
        && Character.isDigit(text.charAt(at + 1));
  }
}
