package dev.hindsight.ingest.time;

import dev.hindsight.ingest.Warning;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates in text: month names ("22 July 2024", "June 9th"), ISO and numeric day/month/year. */
final class DateReader {

  /** A date found in text; exactly one of {@code date} and {@code monthDay} is set. */
  record Hit(int start, int end, LocalDate date, MonthDay monthDay, List<Warning> warnings) {}

  private static final String WEEKDAY =
      "(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)"
          + "(?!\\p{L})\\.?,?\\s{1,3})?";
  // Full names first; abbreviations may carry a dot ("Sept. 5") but full names may not, so that
  // "in March. 5 servers" is not a date.
  private static final String MONTH =
      "(?:(january|february|march|april|may|june|july|august|september|october|november|december)"
          + "|(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)(?!\\p{L})";
  private static final String DAY = "(\\d{1,2})(st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})(?![\\p{L}\\p{N}]|[:.]\\d)";

  // "July 22, 2024", "Thursday, May 9, 2024", "June 9th", "Jul-22-2024"
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])" + WEEKDAY + MONTH + "(?:\\s{0,3}|-)(?:the\\s{1,3})?" + DAY
          + "(?![\\p{L}\\p{N}]|[:.]\\d)(?:(?:,?\\s{1,3}|-)" + YEAR + ")?");
  // "22 July 2024", "Tuesday 22nd June 2021", "6th Nov 2023", "the 3rd of March", "22-Jul-2024";
  // not the hours of an offset ("GMT-5 Aug 22 2002")
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_.:/+\u2212])(?<!(?:utc|gmt)-)" + WEEKDAY + DAY + "(?:\\s{1,3}(?:of\\s{1,3})?|-)" + MONTH
          + "(?:(?:,?\\s{1,3}|-)" + YEAR + ")?");
  // "2024-07-22", "2024/07/22"; a following "T12:00" is left to the clock reader
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.:/-])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{N}]|[-/.:]\\d)");
  // "22/07/2024", "07/22/2024", "22.07.2024", "22-07-2024", "22/07/24"
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.:/-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}]|[-/.:]\\d)");

  // Three-letter starts of month and weekday names, packed as ints: a cheap test before running a regex.
  private static final int[] NAME_STARTS = packed("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** Dates in order of appearance; dates that do not exist ("31/02/2024") become warnings in {@code skipped}. */
  List<Hit> find(String text, List<Warning> skipped) {
    int n = text.length();
    List<Hit> hits = new ArrayList<>(0);
    Matchers m = null;
    // Regexes run only where a date can start (a number, or a month or weekday name), so a line
    // without dates costs one pass over its characters.
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean number = isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)));
      boolean name = !number && Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && startsName(text, i);
      if (!number && !name) {
        continue;
      }
      if (m == null) {
        m = new Matchers(text);
      }
      Hit hit = null;
      if (number) {
        // the character after the digits tells which numeric form can follow
        int digits = 1;
        while (i + digits < n && isDigit(text.charAt(i + digits))) {
          digits++;
        }
        char after = i + digits < n ? text.charAt(i + digits) : ' ';
        boolean separator = after == '-' || after == '/' || after == '.';
        if (digits == 4 && separator && m.at(m.iso, i)) {
          hit = iso(m.iso, skipped);
        } else if (digits <= 2 && separator && m.at(m.numeric, i)) {
          hit = numeric(m.numeric, skipped);
        } else if (digits <= 2 && after != '/' && after != '.' && after != ':' && m.at(m.dayFirst, i)) {
          hit = named(m.dayFirst, 1, 2, 3, monthText(m.dayFirst, 4, 5), 6, skipped);
        }
        if (hit == null) {
          i += digits - 1;
        }
      } else if (m.at(m.monthFirst, i)) {
        hit = named(m.monthFirst, 1, 4, 5, monthText(m.monthFirst, 2, 3), 6, skipped);
      } else if (m.at(m.dayFirst, i)) {
        hit = named(m.dayFirst, 1, 2, 3, monthText(m.dayFirst, 4, 5), 6, skipped);
      }
      if (hit != null) {
        hits.add(hit);
        i = hit.end() - 1;
      }
    }
    return hits;
  }

  /** The date patterns' matchers over one text, made on first need. */
  private static final class Matchers {
    final Matcher monthFirst;
    final Matcher dayFirst;
    final Matcher iso;
    final Matcher numeric;
    private final int length;

    Matchers(String text) {
      length = text.length();
      monthFirst = transparent(MONTH_FIRST.matcher(text));
      dayFirst = transparent(DAY_FIRST.matcher(text));
      iso = transparent(ISO.matcher(text));
      numeric = transparent(NUMERIC.matcher(text));
    }

    boolean at(Matcher matcher, int at) {
      matcher.region(at, length);
      return matcher.lookingAt();
    }

    // look-behinds must see the text before the region: "v1.22/07/2024" is no date
    private static Matcher transparent(Matcher matcher) {
      return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }
  }

  private static Hit named(Matcher m, int weekdayGroup, int dayGroup, int ordinalGroup, String monthText,
      int yearGroup, List<Warning> problems) {
    String written = m.group();
    int day = Integer.parseInt(m.group(dayGroup));
    boolean hasYear = m.group(yearGroup) != null;
    // lower-case "may" is usually the verb ("restarting 3 may help"); only a year or "3rd" makes it a month
    if (monthText.equals("may") && !hasYear && m.group(ordinalGroup) == null) {
      return null;
    }
    if (day < 1 || day > 31) {
      return null;
    }
    Month month = monthOf(monthText);
    List<Warning> warnings = new ArrayList<>(0);
    try {
      if (hasYear) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, day);
        String weekday = m.group(weekdayGroup);
        if (weekday != null && dayOfWeekOf(weekday) != date.getDayOfWeek()) {
          warnings.add(new Warning("weekday-mismatch", "'" + written + "': " + spoken(date) + " is a "
              + name(date.getDayOfWeek()) + ", not a " + name(dayOfWeekOf(weekday)) + "; kept the date"));
        }
        return new Hit(m.start(), m.end(), date, null, warnings);
      }
      return new Hit(m.start(), m.end(), null, MonthDay.of(month, day), warnings);
    } catch (DateTimeException e) {
      problems.add(new Warning("invalid-date", "'" + written + "' is not a real date; skipped"));
      return null;
    }
  }

  private static Hit iso(Matcher m, List<Warning> problems) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
      return new Hit(m.start(), m.end(), date, null, List.of());
    } catch (DateTimeException e) {
      problems.add(new Warning("invalid-date", "'" + m.group() + "' is not a real date; skipped"));
      return null;
    }
  }

  private static Hit numeric(Matcher m, List<Warning> problems) {
    String written = m.group();
    String separator = m.group(2);
    String yearText = m.group(4);
    // "1.10.22" and "3-4-22" are more often versions and ranges than dates; only slashes take a short year
    if (yearText.length() == 2 && !separator.equals("/")) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    int year = yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
    if (year < 1900 || year > 2099) {
      return null;
    }
    boolean monthFirst = second > 12 && first <= 12;
    int day = monthFirst ? second : first;
    int month = monthFirst ? first : second;
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      problems.add(new Warning("invalid-date", "'" + written + "' is not a real date; skipped"));
      return null;
    }
    List<Warning> warnings = List.of();
    if (!monthFirst && first <= 12 && first != second) {
      Month other = Month.of(first);
      warnings = List.of(new Warning("ambiguous-date", "'" + written + "' read as " + spoken(date)
          + " (day first); could be " + other.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + second));
    }
    return new Hit(m.start(), m.end(), date, null, warnings);
  }

  private static String monthText(Matcher m, int fullGroup, int shortGroup) {
    return m.group(fullGroup) != null ? m.group(fullGroup) : m.group(shortGroup);
  }

  private static Month monthOf(String text) {
    return switch (text.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> Month.JANUARY;
      case "feb" -> Month.FEBRUARY;
      case "mar" -> Month.MARCH;
      case "apr" -> Month.APRIL;
      case "may" -> Month.MAY;
      case "jun" -> Month.JUNE;
      case "jul" -> Month.JULY;
      case "aug" -> Month.AUGUST;
      case "sep" -> Month.SEPTEMBER;
      case "oct" -> Month.OCTOBER;
      case "nov" -> Month.NOVEMBER;
      case "dec" -> Month.DECEMBER;
      default -> throw new IllegalArgumentException("not a month: '" + text + "'");
    };
  }

  private static DayOfWeek dayOfWeekOf(String text) {
    return switch (text.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      case "sun" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("not a weekday: '" + text + "'");
    };
  }

  private static String spoken(LocalDate date) {
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + date.getYear();
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean startsName(String text, int at) {
    if (at + 3 > text.length()) {
      return false;
    }
    int key = pack(text.charAt(at), text.charAt(at + 1), text.charAt(at + 2));
    return Arrays.binarySearch(NAME_STARTS, key) >= 0;
  }

  private static int pack(char a, char b, char c) {
    return (Character.toLowerCase(a) << 16) ^ (Character.toLowerCase(b) << 8) ^ Character.toLowerCase(c);
  }

  private static int[] packed(String... starts) {
    int[] keys = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      keys[i] = pack(starts[i].charAt(0), starts[i].charAt(1), starts[i].charAt(2));
    }
    Arrays.sort(keys);
    return keys;
  }
}
