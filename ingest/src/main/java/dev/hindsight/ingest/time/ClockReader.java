package dev.hindsight.ingest.time;

import dev.hindsight.ingest.Warning;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds clock times in text ("10:45 AM", "13:15", "2100hrs", "4pm", "noon") and reads them as 24-hour times. */
final class ClockReader {

  /** A clock time found in text; {@code zone} is set only for an offset written onto it ("08:21:00+02:00"). */
  record Hit(int start, int end, LocalTime time, ZoneMention zone, List<Warning> warnings) {}

  // One pass finds every candidate; what follows it (am/pm, hrs, a zone) decides whether it is a time.
  // Not after letters, digits, '.', ':', '/', '+', '−', '#' or currency (versions, IPs, paths, prices),
  // except right after an ISO date's 'T'; not the digits of "UTC-5".
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?:(?<=\\dT)|(?<![\\p{L}\\p{N}_.:/\\\\+\u2212#$€£]))(?<!(?i:utc|gmt)\\s?-)"
          + "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?![\\p{N}]|[:.]\\d)"
          + "|(\\d{1,2})\\.(\\d{2})(?![\\p{N}]|[.,]\\d)"
          + "|(\\d{1,4})(?![\\p{N}]|[.,:]\\d)"
          + "|(?i:(noon|midday|midnight))(?!\\p{L}))");
  // "3:AM" (a colon with no minutes) is seen in real postmortems and means 3 AM.
  private static final Pattern MERIDIEM = Pattern.compile("(?i)(?: ?|:)([ap])(?:\\. ?m\\.?|m)(?![\\p{L}\\p{N}])");
  private static final Pattern HOURS_MARK = Pattern.compile("(?i) ?(?:hrs?|h)(?![\\p{L}\\p{N}])");
  private static final Pattern NOON_WORD = Pattern.compile("(?i) ?(noon|midnight)(?!\\p{L})");
  // "+02:00", "+0300", "-05:00"; a space is allowed only before the four-digit form ("10:00 +0300")
  private static final Pattern OFFSET = Pattern.compile("( ?)([+\\-\u2212])(\\d{2})(:?)(\\d{2})(?![\\p{N}]|[:.]\\d)");

  private final ZoneReader zones;

  ClockReader(ZoneReader zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  /** Clock times in order of appearance, outside {@code claimed}; impossible ones ("25:99") go to {@code skipped}. */
  List<Hit> find(String text, ClaimedSpans claimed, List<Warning> skipped) {
    int n = text.length();
    List<Hit> hits = new ArrayList<>(0);
    Matcher m = null;
    Suffixes suffixes = null;
    // The regex runs only where a time can start (a number, or an 'n'/'m' word), so prose costs one
    // pass over its characters; the look-behinds still see the text before (transparent bounds).
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean number = c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && mayStartClock(text, i);
      boolean word = (c == 'n' || c == 'N' || c == 'm' || c == 'M')
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
      if (!number && !word) {
        i++;
        continue;
      }
      if (m == null) {
        m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        suffixes = new Suffixes(text);
      }
      m.region(i, n);
      if (!m.lookingAt() || claimed.overlaps(m.start(), m.end())) {
        i++;
        continue;
      }
      Hit hit;
      if (m.group(1) != null) {
        hit = colon(text, m, suffixes, skipped);
      } else if (m.group(4) != null) {
        hit = dotted(text, m, suffixes, skipped);
      } else if (m.group(6) != null) {
        hit = bare(text, m, suffixes, skipped);
      } else {
        String noonWord = m.group(7);
        LocalTime time = noonWord.equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        hit = new Hit(m.start(), m.end(), time, null, List.of());
      }
      if (hit != null && !claimed.overlaps(hit.start(), hit.end())) {
        claimed.claim(hit.start(), hit.end());
        hits.add(hit);
        i = hit.end();
      } else {
        i = m.end();
      }
    }
    return hits;
  }

  // Cheap test on the digits and the character after them: "8080/tcp", "2024," and "3%" cannot be times.
  private static boolean mayStartClock(String text, int at) {
    int n = text.length();
    int end = at;
    while (end < n && end - at <= 4 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    int digits = end - at;
    if (digits > 4 || digits == 3) {
      return false;
    }
    if (end == n) {
      return false;
    }
    char after = text.charAt(end);
    if (digits == 4) {
      return after == 'h' || after == 'H' || after == ' ' || after == 'Z';
    }
    return after == ':' || after == '.' || after == ' ' || after == '(' || Character.isLetter(after);
  }

  // "13:15", "9:05:30", "10:45 AM", "21:00h", "08:21:00+02:00"
  private Hit colon(String text, Matcher m, Suffixes suffixes, List<Warning> skipped) {
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int end = m.end();
    String meridiem = suffixes.meridiem(end);
    if (meridiem != null) {
      end = suffixes.end();
    } else if (suffixes.hoursMark(end)) {
      end = suffixes.end();
    }
    String written = text.substring(m.start(), end);
    if (minute > 59 || second > 59) {
      skipped.add(impossible(written));
      return null;
    }
    List<Warning> warnings = new ArrayList<>(0);
    LocalTime time = toTime(hour, minute, second, meridiem, written, warnings);
    if (time == null) {
      skipped.add(impossible(written));
      return null;
    }
    // ISO context (after 'T', or with seconds) makes "-05:00" an offset rather than the end of a range
    boolean iso = m.start() > 0 && text.charAt(m.start() - 1) == 'T' || m.group(3) != null;
    ZoneMention zone = suffixes.offset(end, iso);
    if (zone != null) {
      end = suffixes.end();
    }
    return new Hit(m.start(), end, time, zone, warnings);
  }

  // "15.25 PM", "15.25 UTC", and "15.25 - alert fired" at the start of a line; otherwise a decimal
  private Hit dotted(String text, Matcher m, Suffixes suffixes, List<Warning> skipped) {
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int end = m.end();
    String meridiem = suffixes.meridiem(end);
    if (meridiem != null) {
      end = suffixes.end();
    } else if (!zoneFollows(text, end) && !startsLine(text, m.start(), end)) {
      return null;
    }
    if (minute > 59) {
      return null;
    }
    String written = text.substring(m.start(), end);
    List<Warning> warnings = new ArrayList<>(0);
    LocalTime time = toTime(hour, minute, 0, meridiem, written, warnings);
    if (time == null) {
      if (meridiem != null) {
        skipped.add(impossible(written));
      }
      return null;
    }
    return new Hit(m.start(), end, time, null, warnings);
  }

  // "2100hrs", "1430Z", "4pm", "4 PM", "12 noon", "6 GMT"
  private Hit bare(String text, Matcher m, Suffixes suffixes, List<Warning> skipped) {
    String digits = m.group(6);
    int end = m.end();
    if (digits.length() == 4) {
      boolean zulu = end < text.length() && text.charAt(end) == 'Z'
          && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
      if (suffixes.hoursMark(end)) {
        end = suffixes.end();
      } else if (!zulu) {
        return null;
      }
      int hour = Integer.parseInt(digits.substring(0, 2));
      int minute = Integer.parseInt(digits.substring(2));
      return hour > 23 || minute > 59 ? null : new Hit(m.start(), end, LocalTime.of(hour, minute), null, List.of());
    }
    if (digits.length() == 3) {
      return null;
    }
    int hour = Integer.parseInt(digits);
    String meridiem = suffixes.meridiem(end);
    if (meridiem != null) {
      end = suffixes.end();
      String written = text.substring(m.start(), end);
      List<Warning> warnings = new ArrayList<>(0);
      LocalTime time = toTime(hour, 0, 0, meridiem, written, warnings);
      if (time == null) {
        skipped.add(impossible(written));
        return null;
      }
      return new Hit(m.start(), end, time, null, warnings);
    }
    if (hour == 12 && suffixes.noonWord(end)) {
      LocalTime time = suffixes.noon() ? LocalTime.NOON : LocalTime.MIDNIGHT;
      return new Hit(m.start(), suffixes.end(), time, null, List.of());
    }
    if (hour <= 23 && zoneFollows(text, end)) {
      return new Hit(m.start(), end, LocalTime.of(hour, 0), null, List.of());
    }
    return null;
  }

  /** The 24-hour time, or null when impossible; an AM/PM that cannot apply is ignored with a warning. */
  private static LocalTime toTime(int hour, int minute, int second, String meridiem, String written,
      List<Warning> warnings) {
    if (meridiem == null) {
      if (hour == 24 && minute == 0 && second == 0) {
        warnings.add(new Warning("end-of-day-time",
            "'" + written + "' read as 00:00; the day may be the one after the date written"));
        return LocalTime.MIDNIGHT;
      }
      return hour > 23 ? null : LocalTime.of(hour, minute, second);
    }
    boolean pm = meridiem.equals("p");
    if (hour >= 1 && hour <= 12) {
      return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute, second);
    }
    if (hour == 0 && !pm) {
      return LocalTime.of(0, minute, second);
    }
    if (hour > 23) {
      return null;
    }
    LocalTime time = LocalTime.of(hour, minute, second);
    warnings.add(new Warning("impossible-time", "'" + written + "' read as " + time
        + ": the hour is already on the 24-hour clock, so the " + (pm ? "PM" : "AM") + " was ignored"));
    return time;
  }

  private boolean zoneFollows(String text, int end) {
    ZoneReader.Hit zone = zones.readAfter(text, end);
    if (zone == null) {
      return false;
    }
    String written = zone.mention().asWritten();
    // a lone number before "cat" or "Z" is rarely a time; "6 GMT", "4 CAT" and "6 UTC+1" are
    return written.length() >= 2 && !written.equals(written.toLowerCase(Locale.ROOT));
  }

  // "15.25 - Pager fired" or "15.25: rollback" as the first thing on a line (after an optional bullet)
  private static boolean startsLine(String text, int start, int end) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '*' && c != '•' && c != '>') {
        return false;
      }
    }
    int p = end;
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    if (p >= text.length()) {
      return false;
    }
    char c = text.charAt(p);
    return c == '-' || c == '–' || c == '—' || c == ':';
  }

  private static Warning impossible(String written) {
    return new Warning("impossible-time", "'" + written + "' is not a clock time; skipped");
  }

  /** What may follow a clock's digits, read with matchers reused across one scan. */
  private static final class Suffixes {
    private final String text;
    private final Matcher meridiem;
    private final Matcher hoursMark;
    private final Matcher noonWord;
    private final Matcher offset;
    private int end;
    private boolean noon;

    Suffixes(String text) {
      this.text = text;
      this.meridiem = MERIDIEM.matcher(text);
      this.hoursMark = HOURS_MARK.matcher(text);
      this.noonWord = NOON_WORD.matcher(text);
      this.offset = OFFSET.matcher(text);
    }

    /** End of the last suffix read. */
    int end() {
      return end;
    }

    boolean noon() {
      return noon;
    }

    /** "a" or "p" when AM/PM follows at {@code at}, else null. */
    String meridiem(int at) {
      if (!at(meridiem, at)) {
        return null;
      }
      end = meridiem.end();
      return meridiem.group(1).toLowerCase(Locale.ROOT);
    }

    boolean hoursMark(int at) {
      if (!at(hoursMark, at)) {
        return false;
      }
      end = hoursMark.end();
      return true;
    }

    boolean noonWord(int at) {
      if (!at(noonWord, at)) {
        return false;
      }
      end = noonWord.end();
      noon = noonWord.group(1).equalsIgnoreCase("noon");
      return true;
    }

    /** A numeric offset written onto the time, or null; "-hh:mm" counts only in ISO context. */
    ZoneMention offset(int at, boolean iso) {
      if (!at(offset, at)) {
        return null;
      }
      boolean spaced = !offset.group(1).isEmpty();
      boolean colon = !offset.group(4).isEmpty();
      char sign = offset.group(2).charAt(0);
      if ((spaced && colon) || (sign == '-' && colon && !iso)) {
        return null;
      }
      Optional<ZoneOffset> zone = ZoneTable.offset(sign, Integer.parseInt(offset.group(3)),
          Integer.parseInt(offset.group(5)));
      if (zone.isEmpty()) {
        return null;
      }
      end = offset.end();
      int start = spaced ? at + 1 : at;
      return new ZoneMention(text.substring(start, end), zone.get(), false);
    }

    private boolean at(Matcher matcher, int at) {
      if (at >= text.length()) {
        return false;
      }
      matcher.region(at, text.length());
      return matcher.lookingAt();
    }
  }
}
