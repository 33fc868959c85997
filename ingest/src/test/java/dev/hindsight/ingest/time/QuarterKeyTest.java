package dev.hindsight.ingest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class QuarterKeyTest {

  @Test
  void namesTheYearAndQuarterOfTheStart() {
    assertEquals("2024Q3", QuarterKey.of(Instant.parse("2024-07-22T12:00:00Z")));
  }

  @Test
  void quartersBeginOnTheFirstOfJanuaryAprilJulyAndOctober() {
    assertEquals("2023Q4", QuarterKey.of(Instant.parse("2023-12-31T23:59:59Z")));
    assertEquals("2024Q1", QuarterKey.of(Instant.parse("2024-01-01T00:00:00Z")));
    assertEquals("2024Q1", QuarterKey.of(Instant.parse("2024-03-31T23:59:59Z")));
    assertEquals("2024Q2", QuarterKey.of(Instant.parse("2024-04-01T00:00:00Z")));
    assertEquals("2024Q4", QuarterKey.of(Instant.parse("2024-10-01T00:00:00Z")));
  }

  @Test
  void readsTheStartInUtcNotInItsOwnOffset() {
    // 22:30 on 31 March in New York is already 1 April in UTC.
    assertEquals("2024Q2", QuarterKey.of(OffsetDateTime.parse("2024-03-31T22:30:00-04:00").toInstant()));
  }

  @Test
  void anIncidentWithoutAStartIsUndated() {
    assertEquals(QuarterKey.UNDATED, QuarterKey.of(null));
  }
}
