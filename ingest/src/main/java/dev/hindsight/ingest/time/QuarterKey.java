package dev.hindsight.ingest.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The calendar quarter an incident starts in, read in UTC ({@code 2024Q3}): the key trends and searches share. */
public final class QuarterKey {

  /** The key of an incident without a zoned start. */
  public static final String UNDATED = "undated";

  private QuarterKey() {}

  /** The quarter of {@code start} in UTC, or {@link #UNDATED} when there is none. */
  public static String of(Instant start) {
    if (start == null) {
      return UNDATED;
    }
    ZonedDateTime utc = start.atZone(ZoneOffset.UTC);
    return utc.getYear() + "Q" + ((utc.getMonthValue() - 1) / 3 + 1);
  }
}
