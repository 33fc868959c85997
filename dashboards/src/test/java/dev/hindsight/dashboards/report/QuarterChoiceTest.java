package dev.hindsight.dashboards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuarterChoiceTest {

  private static final List<String> QUARTERS = List.of("2024Q3", "undated", "2023Q4", "2024Q1");

  @Test
  void defaultsToTheLatestDatedQuarterAgainstTheLatestEarlierOne() {
    QuarterChoice choice = QuarterChoice.of(QUARTERS, "all time", Optional.empty());
    assertEquals(Optional.of("2024Q3"), choice.selected());
    assertEquals(Optional.of("2024Q1"), choice.previous());
  }

  @Test
  void takesTheReportPeriodWhenItIsOneQuarter() {
    QuarterChoice choice = QuarterChoice.of(QUARTERS, "2024Q1", Optional.empty());
    assertEquals(Optional.of("2024Q1"), choice.selected());
    assertEquals(Optional.of("2023Q4"), choice.previous());
  }

  @Test
  void saysThereIsNoPreviousQuarterForTheFirst() {
    QuarterChoice choice = QuarterChoice.of(QUARTERS, "all time", Optional.of("2023Q4"));
    assertEquals(Optional.empty(), choice.previous());
  }

  @Test
  void selectsNothingWhenNoIncidentIsDated() {
    assertTrue(QuarterChoice.of(List.of("undated"), "all time", Optional.empty()).selected().isEmpty());
  }

  @Test
  void rejectsAMalformedQuarterInOneSentence() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuarterChoice.of(QUARTERS, "all time", Optional.of("Q3 2024")));
    assertTrue(e.getMessage().startsWith("The quarter must be written like 2024Q3, got 'Q3 2024'"), e.getMessage());
  }
}
