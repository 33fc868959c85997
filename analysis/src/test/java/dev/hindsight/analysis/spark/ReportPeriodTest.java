package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void aQuarterRunsFromItsFirstToItsLastDay() {
    ReportPeriod q3 = ReportPeriod.quarter("2024Q3");
    assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), q3.first());
    assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), q3.last());
    assertEquals("2024Q3", q3.label());
  }

  @Test
  void theBaselineReachesBackToTheStartOfThePreviousQuarter() {
    ReportPeriod baseline = ReportPeriod.between("2024-02-15", "2024-05-01").withPreviousQuarter();
    assertEquals(Optional.of(LocalDate.of(2023, 10, 1)), baseline.first());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), baseline.last());
  }

  @Test
  void anOpenSideIsNamedInTheLabel() {
    assertEquals("2024-01-01 to now", ReportPeriod.between("2024-01-01", null).label());
    assertEquals("the beginning to 2024-06-30", ReportPeriod.between(null, "2024-06-30").label());
    assertEquals("all time", ReportPeriod.ALL.label());
  }

  @Test
  void malformedOrBackwardPeriodsSayWhatIsWrong() {
    assertEquals("a quarter is written like 2024Q3, got '2024Q5'",
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter("2024Q5")).getMessage());
    assertEquals("a date is written like 2024-07-01, got '07/01/2024'",
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.between("07/01/2024", null)).getMessage());
    assertEquals("the period ends (2024-01-01) before it starts (2024-02-01)",
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.between("2024-02-01", "2024-01-01"))
            .getMessage());
  }
}
