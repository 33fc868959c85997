package dev.hindsight.ingest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any string goes through the time-expression scanner without an exception, and every span it reports lies inside the
 * text. Under {@code mvn verify} this runs the inputs in {@code TimeExpressionParserFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} it fuzzes (see the README, "What happens to bad input").
 */
class TimeExpressionParserFuzzTest {

  private static final TimeExpressionParser PARSER = TimeExpressionParser.standard();
  private static final TimeExpressionParser FRESH = TimeExpressionParser.withZones(ZoneTable.standard());

  @FuzzTest(maxDuration = "10s")
  void scansAnyStringIntoSpansInsideTheText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TimeScan scan = PARSER.scan(text);

    for (TimePoint point : scan.points()) {
      assertTrue(0 <= point.start() && point.start() < point.end() && point.end() <= text.length(),
          "point span " + point.start() + ".." + point.end() + " in a text of " + text.length());
    }
    for (DurationMention duration : scan.durations()) {
      assertTrue(0 <= duration.start() && duration.start() < duration.end() && duration.end() <= text.length(),
          "duration span " + duration.start() + ".." + duration.end() + " in a text of " + text.length());
      assertFalse(duration.duration().isNegative(), "a written duration is never negative");
    }
    for (TimeRange range : scan.ranges()) {
      assertTrue(scan.points().contains(range.from()) && scan.points().contains(range.to()),
          "a range joins points the scan found");
    }
    assertEquals(scan, FRESH.scan(text), "a second parser scans the same text the same way");
  }
}
