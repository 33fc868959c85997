package dev.hindsight.ingest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.Warning;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TimeExpressionParserTest {

  private static final TimeExpressionParser PARSER = TimeExpressionParser.standard();

  // ---- helpers ------------------------------------------------------------------------------

  private static TimePoint onlyPoint(String text) {
    TimeScan scan = PARSER.scan(text);
    assertEquals(1, scan.points().size(), () -> "points in '" + text + "': " + scan.points());
    return scan.points().get(0);
  }

  private static DurationMention onlyDuration(String text) {
    TimeScan scan = PARSER.scan(text);
    assertEquals(1, scan.durations().size(), () -> "durations in '" + text + "': " + scan.durations());
    return scan.durations().get(0);
  }

  private static String written(String text, TimePoint point) {
    return text.substring(point.start(), point.end());
  }

  private static String written(String text, DurationMention duration) {
    return text.substring(duration.start(), duration.end());
  }

  /** Asserts the single point in {@code text}: its text, date (or month-day), time and zone. */
  private static TimePoint assertPoint(String text, String expectedWritten, Object expectedDay,
      LocalTime expectedTime, ZoneId expectedZone) {
    TimePoint point = onlyPoint(text);
    assertEquals(expectedWritten, written(text, point));
    assertEquals(expectedDay instanceof LocalDate d ? Optional.of(d) : Optional.empty(), point.date());
    assertEquals(expectedDay instanceof MonthDay md ? Optional.of(md) : Optional.empty(), point.monthDay());
    assertEquals(Optional.ofNullable(expectedTime), point.time());
    assertEquals(Optional.ofNullable(expectedZone), point.zone().map(ZoneMention::zone));
    return point;
  }

  private static void assertClock(String text, String expectedWritten, LocalTime expectedTime) {
    TimePoint point = assertPoint(text, expectedWritten, null, expectedTime, null);
    assertEquals(List.of(), point.warnings());
  }

  private static void assertDuration(String text, String expectedWritten, Duration expected, boolean approximate) {
    DurationMention mention = onlyDuration(text);
    assertEquals(expectedWritten, written(text, mention));
    assertEquals(expected, mention.duration());
    assertEquals(approximate, mention.approximate());
  }

  private static LocalTime at(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static ZoneOffset offset(int hours) {
    return ZoneOffset.ofHours(hours);
  }

  // ---- dates --------------------------------------------------------------------------------

  @Test
  void readsMonthNameDayAndYear() {
    assertPoint("Traffic fell on July 22, 2024 after the push.", "July 22, 2024", day(2024, 7, 22), null, null);
  }

  @Test
  void readsAbbreviatedMonthWithoutComma() {
    assertPoint("Jul 22 2024 was quiet.", "Jul 22 2024", day(2024, 7, 22), null, null);
  }

  @Test
  void readsDayBeforeMonthName() {
    assertPoint("Rollback finished 22 July 2024.", "22 July 2024", day(2024, 7, 22), null, null);
  }

  @Test
  void readsWeekdayAndOrdinalDayBeforeMonthName() {
    assertPoint("It began Tuesday 22nd June 2021 at dawn", "Tuesday 22nd June 2021", day(2021, 6, 22), null, null);
  }

  @Test
  void readsWeekdayWithCommasBeforeMonthFirstDate() {
    assertPoint("Thursday, May 9, 2024: the disk filled", "Thursday, May 9, 2024", day(2024, 5, 9), null, null);
  }

  @Test
  void readsOrdinalDayBeforeAbbreviatedMonth() {
    assertPoint("Fixed on 6th Nov 2023.", "6th Nov 2023", day(2023, 11, 6), null, null);
  }

  @Test
  void readsOrdinalDayAfterMonthName() {
    assertPoint("Reported June 9th, 2024 by support", "June 9th, 2024", day(2024, 6, 9), null, null);
  }

  @Test
  void readsMonthNamesInAnyCase() {
    assertPoint("since 29 april 2022", "29 april 2022", day(2022, 4, 29), null, null);
    assertPoint("since 13 NOV 2023", "13 NOV 2023", day(2023, 11, 13), null, null);
  }

  @Test
  void readsIsoDatesWithDashesOrSlashes() {
    assertPoint("deployed 2024-07-22.", "2024-07-22", day(2024, 7, 22), null, null);
    assertPoint("deployed 2024/07/22.", "2024/07/22", day(2024, 7, 22), null, null);
  }

  @Test
  void readsDayFirstWhenTheFirstNumberIsAboveTwelve() {
    TimePoint point = assertPoint("on 13/10/2023", "13/10/2023", day(2023, 10, 13), null, null);
    assertEquals(List.of(), point.warnings());
  }

  @Test
  void readsMonthFirstWhenTheSecondNumberIsAboveTwelve() {
    TimePoint point = assertPoint("on 07/22/2024", "07/22/2024", day(2024, 7, 22), null, null);
    assertEquals(List.of(), point.warnings());
  }

  @Test
  void readsDashedAndDottedDayFirstDates() {
    assertPoint("on 22-07-2024", "22-07-2024", day(2024, 7, 22), null, null);
    assertPoint("on 22.07.2024", "22.07.2024", day(2024, 7, 22), null, null);
  }

  @Test
  void warnsWhenDayAndMonthAreAmbiguous() {
    TimePoint point = assertPoint("cutover on 04/03/2024", "04/03/2024", day(2024, 3, 4), null, null);
    assertEquals(List.of(new Warning("ambiguous-date",
        "'04/03/2024' read as 4 March 2024 (day first); could be April 3")), point.warnings());
  }

  @Test
  void doesNotWarnWhenDayAndMonthAreTheSameNumber() {
    TimePoint point = assertPoint("on 05/05/2024", "05/05/2024", day(2024, 5, 5), null, null);
    assertEquals(List.of(), point.warnings());
  }

  @Test
  void skipsDatesThatDoNotExistWithAWarning() {
    TimeScan scan = PARSER.scan("filed 31/02/2024 by mistake");
    assertEquals(List.of(), scan.points());
    assertEquals(List.of(new Warning("invalid-date", "'31/02/2024' is not a real date; skipped")), scan.warnings());
  }

  @Test
  void readsTwoDigitYearsAsThisCentury() {
    assertPoint("on 22/07/24", "22/07/24", day(2024, 7, 22), null, null);
  }

  @Test
  void readsDatesWithoutAYearAsMonthDays() {
    String text = "April 17th, then 17 April, then March 2nd";
    List<TimePoint> points = PARSER.scan(text).points();
    assertEquals(List.of("April 17th", "17 April", "March 2nd"), points.stream().map(p -> written(text, p)).toList());
    assertEquals(List.of(Optional.of(MonthDay.of(4, 17)), Optional.of(MonthDay.of(4, 17)),
        Optional.of(MonthDay.of(3, 2))), points.stream().map(TimePoint::monthDay).toList());
    assertTrue(points.stream().allMatch(p -> p.date().isEmpty()));
  }

  @Test
  void doesNotReadAMonthNameWithoutADayAsADate() {
    assertEquals(List.of(), PARSER.scan("In May we migrated; March was calm; June 2024 too.").points());
  }

  @Test
  void doesNotReadTheVerbMayAsAMonth() {
    assertEquals(List.of(), PARSER.scan("Restarting 3 may help.").points());
  }

  @Test
  void warnsWhenTheWeekdayDoesNotMatchTheDate() {
    TimePoint point = assertPoint("Monday 22nd June 2021", "Monday 22nd June 2021", day(2021, 6, 22), null, null);
    assertEquals(List.of(new Warning("weekday-mismatch",
        "'Monday 22nd June 2021': 22 June 2021 is a Tuesday, not a Monday; kept the date")), point.warnings());
  }

  // ---- clock times --------------------------------------------------------------------------

  @Test
  void readsTwelveHourClockWithOrWithoutASpace() {
    assertClock("paged at 10:45 AM", "10:45 AM", at(10, 45));
    assertClock("paged at 10:45AM", "10:45AM", at(10, 45));
    assertClock("paged at 12:00pm", "12:00pm", at(12, 0));
  }

  @Test
  void readsMeridiemWrittenWithDots() {
    assertClock("paged at 10:45 a.m. by the bot", "10:45 a.m.", at(10, 45));
    assertClock("paged at 1:30 p.m.", "1:30 p.m.", at(13, 30));
  }

  @Test
  void readsHourWithMeridiemAndNoMinutes() {
    assertClock("back by 4pm", "4pm", at(16, 0));
    assertClock("back by 4 PM", "4 PM", at(16, 0));
  }

  @Test
  void readsTwelveAmAsMidnightAndTwelvePmAsNoon() {
    assertClock("at 12 AM", "12 AM", at(0, 0));
    assertClock("at 12 PM", "12 PM", at(12, 0));
  }

  @Test
  void readsTwentyFourHourClock() {
    assertClock("at 13:15 the queue grew", "13:15", at(13, 15));
    assertClock("at 09:05 the queue grew", "09:05", at(9, 5));
  }

  @Test
  void readsClockWithSeconds() {
    assertClock("at 9:05:30 the queue grew", "9:05:30", LocalTime.of(9, 5, 30));
  }

  @Test
  void readsMilitaryHours() {
    assertClock("stood down at 2100hrs", "2100hrs", at(21, 0));
    assertClock("stood down at 2100 hrs", "2100 hrs", at(21, 0));
    assertClock("stood down at 21:00h", "21:00h", at(21, 0));
  }

  @Test
  void readsNoonAndMidnight() {
    assertClock("restored by noon", "noon", at(12, 0));
    assertClock("restored by midnight", "midnight", at(0, 0));
  }

  @Test
  void readsDottedTimeFollowedByMeridiemOrZone() {
    assertClock("at 3.10 pm we failed over", "3.10 pm", at(15, 10));
    assertPoint("at 15.25 UTC we failed over", "15.25 UTC", null, at(15, 25), ZoneOffset.UTC);
  }

  @Test
  void readsDottedTimeThatStartsATimelineLine() {
    assertClock("15.25 - pager fired", "15.25", at(15, 25));
    assertClock("15.25: pager fired", "15.25", at(15, 25));
  }

  @Test
  void doesNotReadDecimalsAsDottedTimes() {
    assertEquals(List.of(), PARSER.scan("error rate rose 15.25 points").points());
  }

  @Test
  void readsBareHourOnlyBeforeMeridiemOrZone() {
    assertPoint("until 6 GMT", "6 GMT", null, at(6, 0), ZoneOffset.UTC);
    assertEquals(List.of(), PARSER.scan("we ran 6 replicas in 3 zones").points());
  }

  @Test
  void readsImpossibleTwentyFourHourPmAsTwentyFourHour() {
    TimePoint point = assertPoint("at 14:30 PM", "14:30 PM", null, at(14, 30), null);
    assertEquals(1, point.warnings().size());
    assertEquals("impossible-time", point.warnings().get(0).kind());
    assertTrue(point.warnings().get(0).message().contains("'14:30 PM' read as 14:30"),
        point.warnings().get(0).message());
  }

  @Test
  void readsZeroHourAmWithoutAWarning() {
    assertClock("at 00:30 AM", "00:30 AM", at(0, 30));
  }

  @Test
  void skipsImpossibleClocksWithAWarning() {
    TimeScan scan = PARSER.scan("logged 25:99 and 24:30");
    assertEquals(List.of(), scan.points());
    assertEquals(List.of(new Warning("impossible-time", "'25:99' is not a clock time; skipped"),
        new Warning("impossible-time", "'24:30' is not a clock time; skipped")), scan.warnings());
  }

  @Test
  void readsTwentyFourHundredAsMidnightWithAWarning() {
    TimePoint point = assertPoint("closed at 24:00", "24:00", null, at(0, 0), null);
    assertEquals(List.of("end-of-day-time"), point.warnings().stream().map(Warning::kind).toList());
  }

  @Test
  void doesNotReadVersionNumbersAsTimes() {
    TimeScan scan = PARSER.scan("upgraded to 1.13.2 on ubuntu 14.04 with kernel 5.15.0");
    assertEquals(List.of(), scan.points());
    assertEquals(List.of(), scan.durations());
  }

  @Test
  void doesNotReadAddressesOrPortsAsTimes() {
    TimeScan scan = PARSER.scan("10.0.0.1:8080 refused; port 8080 on 192.168.10.22 and fe80::1:22 too");
    assertEquals(List.of(), scan.points());
    assertEquals(List.of(), scan.warnings());
  }

  @Test
  void doesNotReadPercentagesOrStatusCodesAsTimes() {
    TimeScan scan = PARSER.scan("99.5% of calls got a 500 error, 12.50% got 404");
    assertEquals(List.of(), scan.points());
    assertEquals(List.of(), scan.durations());
  }

  @Test
  void doesNotReadDecimalDurationsAsTimes() {
    TimeScan scan = PARSER.scan("it took 2.5 hours");
    assertEquals(List.of(), scan.points());
    assertEquals(1, scan.durations().size());
  }

  // ---- zones --------------------------------------------------------------------------------

  @Test
  void readsTwelveHourClockWithZoneInParentheses() {
    TimePoint point = assertPoint("paged at 10:45 AM (UTC) today", "10:45 AM (UTC)", null, at(10, 45), ZoneOffset.UTC);
    assertEquals("UTC", point.zone().orElseThrow().asWritten());
  }

  @Test
  void readsZoneAbbreviationAfterClock() {
    assertPoint("calls dropped at 12:00 CAT.", "12:00 CAT", null, at(12, 0), offset(2));
  }

  @Test
  void readsLongZoneNameWithItsAbbreviationInParentheses() {
    String text = "approximately 06:05 Central African Time (CAT) the site went dark";
    TimePoint point = assertPoint(text, "06:05 Central African Time (CAT)", null, at(6, 5), offset(2));
    assertEquals("Central African Time (CAT)", point.zone().orElseThrow().asWritten());
  }

  @Test
  void readsOffsetWrittenWithSpacesAroundTheSign() {
    assertPoint("from 4:00 GMT + 1 on", "4:00 GMT + 1", null, at(4, 0), offset(1));
  }

  @Test
  void readsUtcOffsetAfterClock() {
    assertPoint("seen 08:21 UTC+3.", "08:21 UTC+3", null, at(8, 21), offset(3));
  }

  @Test
  void readsOffsetWrittenWithUnicodeMinus() {
    assertPoint("seen 09:00 UTC\u22125.", "09:00 UTC\u22125", null, at(9, 0), offset(-5));
  }

  @Test
  void readsIsoDateTimeWithZulu() {
    assertPoint("ts=2024-07-22T12:00Z", "2024-07-22T12:00Z", day(2024, 7, 22), at(12, 0), ZoneOffset.UTC);
  }

  @Test
  void readsIsoDateTimeWithOffset() {
    TimePoint point = assertPoint("ts=2021-06-22T08:21:00+02:00 level=warn", "2021-06-22T08:21:00+02:00",
        day(2021, 6, 22), at(8, 21), offset(2));
    assertEquals("+02:00", point.zone().orElseThrow().asWritten());
  }

  @Test
  void readsZoneWrittenBeforeTheClock() {
    assertPoint("paged UTC 10:45 sharp", "UTC 10:45", null, at(10, 45), ZoneOffset.UTC);
  }

  @Test
  void readsRegionForZoneWithoutSeason() {
    assertPoint("standup at 11:00 PT", "11:00 PT", null, at(11, 0), ZoneId.of("America/Los_Angeles"));
  }

  @Test
  void marksAmbiguousZones() {
    TimePoint point = assertPoint("at 09:30 IST", "09:30 IST", null, at(9, 30), ZoneOffset.ofHoursMinutes(5, 30));
    assertTrue(point.zone().orElseThrow().ambiguous());
  }

  @Test
  void doesNotAttachAZoneFarFromAnyTime() {
    TimePoint point = onlyPoint("The UTC dashboards were green; at 10:45 we paged.");
    assertEquals(Optional.empty(), point.zone());
  }

  @Test
  void doesNotReadLowerCaseEnglishWordsAsZones() {
    assertClock("at 10:00 west of the river", "10:00", at(10, 0));
  }

  // ---- merging ------------------------------------------------------------------------------

  @Test
  void mergesDateClockAndZoneIntoOnePoint() {
    String text = "Began December 18, 2023, 10:45 AM (UTC) with alerts";
    assertPoint(text, "December 18, 2023, 10:45 AM (UTC)", day(2023, 12, 18), at(10, 45), ZoneOffset.UTC);
  }

  @Test
  void mergesClockZoneAndDateWrittenInThatOrder() {
    assertPoint("13:15 PST 29 april 2022 rollback", "13:15 PST 29 april 2022", day(2022, 4, 29), at(13, 15),
        offset(-8));
  }

  @Test
  void mergesIsoDateAndClockSeparatedBySpace() {
    assertPoint("2024-02-11 08:21 api errors", "2024-02-11 08:21", day(2024, 2, 11), at(8, 21), null);
  }

  @Test
  void mergesClockAndDateJoinedByAtAndOn() {
    assertPoint("at 10:15 on 3 March 2024 we paged", "10:15 on 3 March 2024", day(2024, 3, 3), at(10, 15), null);
  }

  @Test
  void mergesMonthDayAndClock() {
    assertPoint("March 2nd at 14:00", "March 2nd at 14:00", MonthDay.of(3, 2), at(14, 0), null);
  }

  @Test
  void keepsDateAndClockApartWhenOtherWordsSeparateThem() {
    String text = "On 3 March 2024 the team met; by 10:15 it was over.";
    List<TimePoint> points = PARSER.scan(text).points();
    assertEquals(List.of("3 March 2024", "10:15"), points.stream().map(p -> written(text, p)).toList());
  }

  // ---- durations ----------------------------------------------------------------------------

  @Test
  void readsHoursAndMinutesJoinedByAnd() {
    assertDuration("down for 2 hours and 45 minutes.", "2 hours and 45 minutes", Duration.ofMinutes(165), false);
  }

  @Test
  void readsHoursAndMinutesWithoutAnd() {
    assertDuration("down for 1 hour 45 minutes.", "1 hour 45 minutes", Duration.ofMinutes(105), false);
    assertDuration("down for 2 hours 15 minutes.", "2 hours 15 minutes", Duration.ofMinutes(135), false);
  }

  @Test
  void readsHoursAndMinutesSeparatedByAComma() {
    assertDuration("down for 1 hour, 10 minutes.", "1 hour, 10 minutes", Duration.ofMinutes(70), false);
  }

  @Test
  void readsDecimalHours() {
    assertDuration("down for 7.5 hours", "7.5 hours", Duration.ofMinutes(450), false);
    assertDuration("down for 1.5 hrs", "1.5 hrs", Duration.ofMinutes(90), false);
  }

  @Test
  void readsMinutesWrittenOutOrShortened() {
    assertDuration("lag of 45 minutes", "45 minutes", Duration.ofMinutes(45), false);
    assertDuration("lag of 45 mins", "45 mins", Duration.ofMinutes(45), false);
    assertDuration("lag of 30 min", "30 min", Duration.ofMinutes(30), false);
  }

  @Test
  void readsCompactHoursAndMinutesAsOneDuration() {
    assertDuration("MTTR 2h30m", "2h30m", Duration.ofMinutes(150), false);
    assertDuration("MTTR 2h 30m", "2h 30m", Duration.ofMinutes(150), false);
  }

  @Test
  void readsCompactSingleUnits() {
    assertDuration("MTTR 90m", "90m", Duration.ofMinutes(90), false);
    assertDuration("MTTR 24h", "24h", Duration.ofHours(24), false);
  }

  @Test
  void readsDays() {
    assertDuration("stale for 3 days", "3 days", Duration.ofDays(3), false);
  }

  @Test
  void readsNumbersWrittenAsWords() {
    assertDuration("took two hours", "two hours", Duration.ofHours(2), false);
    assertDuration("took twenty minutes", "twenty minutes", Duration.ofMinutes(20), false);
    assertDuration("took an hour", "an hour", Duration.ofHours(1), false);
  }

  @Test
  void readsHalves() {
    assertDuration("took half an hour", "half an hour", Duration.ofMinutes(30), false);
    assertDuration("took one and a half hours", "one and a half hours", Duration.ofMinutes(90), false);
    assertDuration("took an hour and a half", "an hour and a half", Duration.ofMinutes(90), false);
  }

  @Test
  void skipsVagueQuantities() {
    assertEquals(List.of(), PARSER.scan("a few minutes later, a couple of hours on").durations());
  }

  @Test
  void marksHedgedDurationsAsApproximate() {
    assertDuration("approximately 2 hours", "2 hours", Duration.ofHours(2), true);
    assertDuration("about an hour", "an hour", Duration.ofHours(1), true);
    assertDuration("~90m", "90m", Duration.ofMinutes(90), true);
    assertDuration("for over 3 days", "3 days", Duration.ofDays(3), true);
    assertDuration("roughly 20 minutes", "20 minutes", Duration.ofMinutes(20), true);
    assertDuration("some 4 hours", "4 hours", Duration.ofHours(4), true);
  }

  @Test
  void readsDurationInParentheses() {
    assertDuration("the outage (7.5 hours) ended", "7.5 hours", Duration.ofMinutes(450), false);
  }

  @Test
  void readsDurationUsedAsAnAdjective() {
    assertDuration("polled at 10 minute intervals", "10 minute", Duration.ofMinutes(10), false);
  }

  @Test
  void doesNotReadAroundTheClockOrStatusClassesAsDurations() {
    assertEquals(List.of(), PARSER.scan("24/7 on-call saw 5xx errors").durations());
  }

  @Test
  void doesNotReadMilitaryTimeAsADuration() {
    TimeScan scan = PARSER.scan("at 2100 hrs");
    assertEquals(List.of(), scan.durations());
    assertEquals(1, scan.points().size());
  }

  @Test
  void keepsListedDurationsApart() {
    String text = "phases took 1.5 hrs, 45 minutes and 3 days";
    assertEquals(List.of("1.5 hrs", "45 minutes", "3 days"),
        PARSER.scan(text).durations().stream().map(d -> written(text, d)).toList());
  }

  // ---- ranges -------------------------------------------------------------------------------

  @Test
  void readsFromToRangeWithTheSamePointObjects() {
    String text = "from 4pm to 6 GMT";
    TimeScan scan = PARSER.scan(text);
    assertEquals(List.of("4pm", "6 GMT"), scan.points().stream().map(p -> written(text, p)).toList());
    assertEquals(1, scan.ranges().size());
    assertSame(scan.points().get(0), scan.ranges().get(0).from());
    assertSame(scan.points().get(1), scan.ranges().get(0).to());
  }

  @Test
  void leavesTheZoneOnTheSecondPointOfARange() {
    String text = "10:00 AM - 12:00 PM (UTC-5)";
    TimeScan scan = PARSER.scan(text);
    assertEquals(1, scan.ranges().size());
    TimeRange range = scan.ranges().get(0);
    assertEquals("10:00 AM", written(text, range.from()));
    assertEquals(Optional.empty(), range.from().zone());
    assertEquals("12:00 PM (UTC-5)", written(text, range.to()));
    assertEquals(Optional.of(offset(-5)), range.to().zone().map(ZoneMention::zone));
  }

  @Test
  void readsRangesJoinedByHyphenOrDashes() {
    for (String text : List.of("10:00 - 11:00", "10:00-11:00", "10:00 – 11:00", "10:00—11:00")) {
      TimeScan scan = PARSER.scan(text);
      assertEquals(1, scan.ranges().size(), text);
      assertEquals(Optional.of(at(11, 0)), scan.ranges().get(0).to().time(), text);
    }
  }

  @Test
  void readsBetweenAndRange() {
    String text = "between 10:00 and 11:30 UTC";
    TimeRange range = PARSER.scan(text).ranges().get(0);
    assertEquals("10:00", written(text, range.from()));
    assertEquals("11:30 UTC", written(text, range.to()));
  }

  @Test
  void readsUntilTillAndThroughRanges() {
    assertEquals(1, PARSER.scan("09:00 until 10:00").ranges().size());
    assertEquals(1, PARSER.scan("09:00 till 10:00").ranges().size());
    assertEquals(1, PARSER.scan("Jul 22 2024 through Jul 24 2024").ranges().size());
  }

  @Test
  void doesNotReadAndWithoutBetweenAsARange() {
    TimeScan scan = PARSER.scan("alerts at 10:00 and 11:00");
    assertEquals(2, scan.points().size());
    assertEquals(List.of(), scan.ranges());
  }

  @Test
  void doesNotPairADateWithABareClock() {
    assertEquals(List.of(), PARSER.scan("22 July 2024 - 10:00 alert fired").ranges());
  }

  // ---- the whole scan -----------------------------------------------------------------------

  @Test
  void listsEverythingInOrderOfAppearanceWithOffsets() {
    String text = "At 09:10 UTC the API failed; it recovered at 11:55 UTC, 2 hours 45 minutes later.";
    TimeScan scan = PARSER.scan(text);
    assertEquals(List.of(3, 45), scan.points().stream().map(TimePoint::start).toList());
    assertEquals(List.of(12, 54), scan.points().stream().map(TimePoint::end).toList());
    assertEquals(1, scan.durations().size());
    assertEquals(56, scan.durations().get(0).start());
    assertEquals(74, scan.durations().get(0).end());
  }

  @Test
  void findsNothingInPlainProse() {
    TimeScan scan = PARSER.scan("We paged the on-call engineer, who rolled the change back.");
    assertEquals(new TimeScan(List.of(), List.of(), List.of(), List.of()), scan);
  }

  @Test
  void sharesOneParser() {
    assertSame(TimeExpressionParser.standard(), TimeExpressionParser.standard());
  }

  @Test
  void givesTheSameAnswerFromManyThreads() throws Exception {
    String text = "December 18, 2023, 10:45 AM (UTC) until 13:00 UTC, about 2 hours 15 minutes";
    TimeScan expected = PARSER.scan(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TimeScan>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> PARSER.scan(text)));
      }
      for (Future<TimeScan> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- randomized round trip ----------------------------------------------------------------

  private record Zone(String written, ZoneOffset offset) {}

  private static final List<Zone> ZONES = List.of(new Zone("UTC", ZoneOffset.UTC), new Zone("(UTC)", ZoneOffset.UTC),
      new Zone("PST", offset(-8)), new Zone("CAT", offset(2)), new Zone("UTC+3", offset(3)),
      new Zone("GMT-5", offset(-5)), new Zone("(EAT)", offset(3)), new Zone("West Africa Time", offset(1)));
  private static final List<String> LEADS = List.of("", "The failover began ", "Paging stopped; ", "(", "- ");
  private static final List<String> TAILS = List.of("", " and the pager went quiet.", ")", ", then recovery", ".");

  @Test
  void readsRandomDatesAndTimesBackExactly() {
    Random random = new Random(20240722L);
    for (int i = 0; i < 1000; i++) {
      LocalDate date = LocalDate.of(2000 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28));
      int timeStyle = random.nextInt(7);
      LocalTime time = LocalTime.of(random.nextInt(24), timeStyle == 6 ? 0 : random.nextInt(60),
          timeStyle == 5 ? random.nextInt(60) : 0);
      Zone zone = random.nextInt(3) == 0 ? null : ZONES.get(random.nextInt(ZONES.size()));
      String dateText = writeDate(date, random);
      String clockText = writeClock(time, timeStyle, random) + (zone == null ? "" : " " + zone.written());
      int order = random.nextInt(3);
      String expression = switch (order) {
        case 0 -> dateText + (random.nextBoolean() ? ", " : " ") + clockText;
        case 1 -> clockText + " " + dateText;
        default -> clockText + " on " + dateText;
      };
      String lead = LEADS.get(random.nextInt(LEADS.size()));
      String text = lead + (order == 2 ? "at " : "") + expression + TAILS.get(random.nextInt(TAILS.size()));
      String context = "'" + text + "'";

      TimeScan scan = PARSER.scan(text);
      assertEquals(1, scan.points().size(), () -> context + " gave " + scan.points());
      TimePoint point = scan.points().get(0);
      assertEquals(Optional.of(date), point.date(), context);
      assertEquals(Optional.of(time), point.time(), context);
      assertEquals(Optional.ofNullable(zone).map(Zone::offset), point.zone().map(ZoneMention::zone), context);
      int start = lead.length() + (order == 2 ? 3 : 0);
      assertEquals(start, point.start(), context);
      assertEquals(start + expression.length(), point.end(), context);
    }
  }

  private static String writeDate(LocalDate date, Random random) {
    String pattern = switch (random.nextInt(9)) {
      case 0 -> "yyyy-MM-dd";
      case 1 -> "d MMMM yyyy";
      case 2 -> "MMMM d, yyyy";
      case 3 -> "MMM d yyyy";
      case 4 -> "EEEE d MMMM yyyy";
      case 5 -> "EEEE, MMMM d, yyyy";
      case 6 -> "dd/MM/yyyy";
      case 7 -> "dd.MM.yyyy";
      default -> date.getDayOfMonth() > 12 ? "MM/dd/yyyy" : "yyyy/MM/dd";
    };
    String text = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date);
    return random.nextInt(4) == 0 ? text.toLowerCase(Locale.ROOT) : text;
  }

  private static String writeClock(LocalTime time, int style, Random random) {
    String pattern = switch (style) {
      case 0 -> "HH:mm";
      case 1 -> "H:mm";
      case 2 -> "h:mm a";
      case 3 -> "h:mma";
      case 4 -> "HHmm' hrs'";
      case 5 -> "HH:mm:ss";
      default -> "h a";
    };
    String text = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(time);
    return random.nextBoolean() ? text : text.toLowerCase(Locale.ROOT);
  }

  // ---- bad input ----------------------------------------------------------------------------

  @Test
  @Timeout(60)
  void neverThrowsAndKeepsOffsetsInsideTheText() {
    Random random = new Random(7L);
    String alphabet = "0123456789:::..//--  ,,()+apmAPMThZhrsUTCGMTmay\u2212\u2013\u2014~%\t\n\u00a0é";
    String[] words = {"UTC", "May ", "noon", " hours", "between ", " and ", " to ", "PM", "12:00", "2024-",
        "Tuesday ", "an hour", "(CAT)", "+02:00", "T", "Central African Time", "1.5", "h30m"};
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(120);
      for (int j = 0; j < length; j++) {
        if (random.nextInt(5) == 0) {
          sb.append(words[random.nextInt(words.length)]);
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      inputs.add(sb.toString());
    }
    inputs.add("");
    inputs.add("1".repeat(100_000));
    inputs.add("1:".repeat(50_000));
    inputs.add("12:34:".repeat(20_000));
    inputs.add("1.".repeat(50_000));
    inputs.add("July ".repeat(20_000));
    inputs.add(" ".repeat(100_000) + "2h");
    inputs.add("2h".repeat(50_000));
    inputs.add("10:00 - ".repeat(12_500));
    inputs.add("a".repeat(100_000));
    inputs.add("UTC+".repeat(25_000));
    StringBuilder mixed = new StringBuilder();
    while (mixed.length() < 100_000) {
      mixed.append(random.nextInt(40)).append(":.-/ ".charAt(random.nextInt(5)));
    }
    inputs.add(mixed.toString());

    for (String text : inputs) {
      TimeScan scan = PARSER.scan(text);
      int previous = -1;
      for (TimePoint p : scan.points()) {
        assertInside(text, p.start(), p.end());
        assertTrue(p.start() >= previous, "points out of order");
        previous = p.start();
      }
      previous = -1;
      for (DurationMention d : scan.durations()) {
        assertInside(text, d.start(), d.end());
        assertTrue(d.start() >= previous, "durations out of order");
        previous = d.start();
      }
      for (TimeRange r : scan.ranges()) {
        assertTrue(scan.points().contains(r.from()) && scan.points().contains(r.to()));
        assertTrue(r.from().end() <= r.to().start());
      }
    }
  }

  private static void assertInside(String text, int start, int end) {
    assertTrue(0 <= start && start < end && end <= text.length(),
        () -> "span [" + start + ", " + end + ") outside a text of " + text.length());
    assertFalse(text.substring(start, end).isBlank());
  }
}
