package dev.hindsight.ingest.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * A point in time as written in text: any of its date, clock time and zone may be missing.
 *
 * <p>A date, a clock time and a zone written next to each other ("December 18, 2023, 10:45 AM
 * (UTC)", "13:15 PST 29 april 2022") are one point.
 *
 * @param start offset of the first character in the scanned text
 * @param end offset just past the last character
 * @param date the calendar date, when the text gives a year (or it is ISO)
 * @param monthDay the day when the text gives no year ("April 17th"); empty when {@code date} is set
 * @param time the clock time, 24-hour
 * @param zone the zone written with it
 * @param warnings what was doubtful about this point (ambiguous day/month, "14:30 PM")
 */
public record TimePoint(
    int start,
    int end,
    Optional<LocalDate> date,
    Optional<MonthDay> monthDay,
    Optional<LocalTime> time,
    Optional<ZoneMention> zone,
    List<dev.hindsight.ingest.Warning> warnings) {

  public TimePoint {
    warnings = List.copyOf(warnings);
  }

  /** True when the point carries a clock time. */
  public boolean hasTime() {
    return time.isPresent();
  }
}
