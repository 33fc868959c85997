package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Fixture text in, window, timeline, impact and actions out. */
class PostmortemParserTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  private static Postmortem parse(String markdown) {
    return PARSER.parse(SourceDocument.ofText("fixture.md", DocumentFormat.MARKDOWN, markdown));
  }

  private static String start(Postmortem pm) {
    return pm.window().start().flatMap(Moment::iso).orElse(null);
  }

  private static String end(Postmortem pm) {
    return pm.window().end().flatMap(Moment::iso).orElse(null);
  }

  private static boolean warned(Postmortem pm, String kind) {
    return pm.warnings().stream().anyMatch(w -> w.kind().equals(kind));
  }

  @Test
  void readsStartAndEndLines() {
    Postmortem pm = parse("## Summary\n- Start Time: March 3, 2024, 09:30 AM (UTC)\n- End Time: March 3, 2024, 11:15 AM (UTC)\n");
    assertEquals("2024-03-03T09:30+00:00", start(pm));
    assertEquals("2024-03-03T11:15+00:00", end(pm));
    assertEquals(OptionalLong.of(105), pm.window().durationMinutes());
  }

  @Test
  void readsRangeWithZoneAtTheEnd() {
    Postmortem pm = parse("## Issue Summary\nOn July 22, 2024 from 10:00 AM to 12:30 PM EST the API was down.\n");
    assertEquals("2024-07-22T10:00-05:00", start(pm));
    assertEquals("2024-07-22T12:30-05:00", end(pm));
    assertEquals(OptionalLong.of(150), pm.window().durationMinutes());
  }

  @Test
  void readsStartPlusDurationInWords() {
    Postmortem pm = parse("## Summary\nAt 14:10 UTC on 2024-02-05 checkout failed; the outage lasted approximately 2 hours.\n");
    assertEquals("2024-02-05T14:10+00:00", start(pm));
    assertEquals("2024-02-05T16:10+00:00", end(pm));
  }

  @Test
  void rangeCrossingMidnightEndsTheNextDay() {
    Postmortem pm = parse("## Summary\nOn 6th Nov 2023 from 23:40 to 01:15 GMT the queue stalled.\n");
    assertEquals("2023-11-06T23:40+00:00", start(pm));
    assertEquals("2023-11-07T01:15+00:00", end(pm));
    assertEquals(OptionalLong.of(95), pm.window().durationMinutes());
  }

  @Test
  void timelineCrossingMidnightMovesLaterEntriesToTheNextDay() {
    Postmortem pm = parse("## Summary\nOn May 9, 2024 the shop broke.\n\n## Timeline\n- 22:50 PST: alerts fired\n- 23:30 PST: rolled back\n- 00:20 PST: service restored\n");
    assertEquals("2024-05-09T22:50-08:00", start(pm));
    assertEquals("2024-05-10T00:20-08:00", end(pm));
    assertEquals(OptionalLong.of(0), pm.window().timeToDetectMinutes());
  }

  @Test
  void impossibleTwentyFourHourPmIsReadAsTwentyFourHourWithWarning() {
    Postmortem pm = parse("## Summary\nThe outage ran from 12:00 PM to 14:30 PM UTC on 2024-07-22.\n");
    assertEquals("2024-07-22T14:30+00:00", end(pm));
    assertTrue(warned(pm, "impossible-time"), pm.warnings().toString());
  }

  @Test
  void summaryTwelveHoursOffTheTimelineTakesTheTimelineWithWarning() {
    Postmortem pm = parse("## Summary\nFrom 12:00 AM to 2:30 PM UTC on July 22, 2024 users saw errors.\n\n"
        + "## Timeline\n- 12:00 PM UTC: alert fired\n- 1:00 PM UTC: found the bad rule\n- 2:30 PM UTC: service restored\n");
    assertEquals("2024-07-22T12:00+00:00", start(pm));
    assertEquals(OptionalLong.of(150), pm.window().durationMinutes());
    assertTrue(warned(pm, "conflicting-times"), pm.warnings().toString());
  }

  @Test
  void statedTimeToDetectionIsUsed() {
    Postmortem pm = parse("## Summary\nStart: 2024-02-11 08:13 UTC\nEnd: 2024-02-11 08:46 UTC\n\nTime to detection: 8 minutes\n");
    assertEquals(OptionalLong.of(8), pm.window().timeToDetectMinutes());
  }

  @Test
  void detectionIsTheFirstTimelineEntryThatSaysSo() {
    Postmortem pm = parse("## Summary\nOn 13 March 2024 from 09:30 to 11:00 UTC the site was slow.\n\n"
        + "## Timeline\n- 09:30 UTC: a bad config was pushed\n- 10:15 UTC: customers reported timeouts\n- 11:00 UTC: service restored\n");
    assertEquals(OptionalLong.of(45), pm.window().timeToDetectMinutes());
  }

  @Test
  void clockTimesWithoutDateGiveDurationsButNoStart() {
    Postmortem pm = parse("## Timeline\n- 7:30 PM: site down, monitoring alert\n- 7:57 PM: service back online\n");
    assertEquals(null, start(pm));
    assertEquals(OptionalLong.of(27), pm.window().durationMinutes());
    assertTrue(warned(pm, "no-date"));
  }

  @Test
  void readsTimelineFromTableRows() {
    Postmortem pm = parse("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2024-02-11 08:21 | Pager fired for 5xx |\n| 2024-02-11 08:40 | Rolled back |\n");
    assertEquals(2, pm.timeline().size());
    assertEquals("Pager fired for 5xx", pm.timeline().get(0).text());
    assertEquals("2024-02-11T08:21+00:00".substring(0, 16), pm.timeline().get(0).at().get().iso().get().substring(0, 16));
  }

  @Test
  void readsTimelineFromProseWhenThereIsNoTimelineSection() {
    Postmortem pm = parse("On 2 March 2025 our API failed.\n\nAt 10:15 UTC the on-call engineer was paged. "
        + "Nothing helped.\n\nAt 11:05 UTC the service was restored.\n");
    assertEquals(2, pm.timeline().size());
    assertEquals(OptionalLong.of(50), pm.window().durationMinutes());
  }

  @Test
  void findsShareOfUsers() {
    Postmortem pm = parse("## Impact\nCPU sat at 95% while about 45 percent of requests failed.\n");
    assertEquals(45.0, pm.impact().usersAffectedPercent().get());
  }

  @Test
  void degradationPercentIsNotAShareOfUsers() {
    Postmortem pm = parse("## Impact\nUsers saw a 30% degradation in page speed.\n");
    assertTrue(pm.impact().usersAffectedPercent().isEmpty());
  }

  @Test
  void allUsersIsOneHundredPercent() {
    Postmortem pm = parse("## Impact\nAll users of the checkout service were unable to pay.\n");
    assertEquals(100.0, pm.impact().usersAffectedPercent().get());
    assertEquals(List.of("checkout service"), pm.impact().services());
  }

  @Test
  void listsCorrectiveActionsAndTasksWithoutBookkeepingLines() {
    Postmortem pm = parse("## Corrective and Preventative Measures\n- Add an alert on pool usage\n- [x] Write a runbook\n\n"
        + "## Tasks\n- Review LB config\n  - Deadline: May 3, 2024\n");
    assertEquals(List.of("Add an alert on pool usage", "Write a runbook", "Review LB config"), pm.actions());
  }

  @Test
  void restorationTimeInTheSummaryEndsTheIncident() {
    Postmortem pm = parse("## Summary\nOn 5 August 2024 the trouble began at 9.40am AEST and we had things back to normal at 11.05am AEST.\n");
    assertEquals("2024-08-05T11:05+10:00", end(pm));
    assertEquals(OptionalLong.of(85), pm.window().durationMinutes());
  }

  @Test
  void pageMetadataDateDoesNotDateTheIncident() {
    Postmortem pm = parse("Last edited on 23 January 2024 by the SRE team.\n\n## Summary\nOn 19 January 2024 the runners were hijacked.\n\n"
        + "## Timeline\n- 14:00 UTC: alert fired\n- 15:55 UTC: service restored\n");
    assertEquals("2024-01-19T14:00+00:00", start(pm));
    assertEquals("2024-01-19T15:55+00:00", end(pm));
  }

  @Test
  void exactRecoveryFigureBeatsAnApproximateDuration() {
    Postmortem pm = parse("## Summary\nOn 2024-06-18 at 10:02 UTC the queue stalled; the outage lasted about two hours.\n\nTime to recovery: 106 minutes\n");
    assertEquals(OptionalLong.of(106), pm.window().durationMinutes());
  }

  @Test
  void detectionTimeReadOnTheNextDayBelongsToTheIncidentsDay() {
    Postmortem pm = parse("## Summary\n- Start: 2025-02-14 23:14 UTC\n- End: 2025-02-15 00:48 UTC\n- Detected: 23:16 UTC\n");
    assertEquals(OptionalLong.of(2), pm.window().timeToDetectMinutes());
  }

  @Test
  void emojiShortcodesDoNotHideTimeStamps() {
    Postmortem pm = parse("## Timeline\n:small_blue_diamond:10:00 UTC: alert fired\n\n:small_blue_diamond:10:30 UTC: service restored\n");
    assertEquals(2, pm.timeline().stream().filter(e -> e.at().isPresent()).count());
  }
}
