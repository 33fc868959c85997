package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void aSizeBelowOneIsAUsageError() {
    CliRun run = CliRun.of("bench", "--sizes", "1000,0");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--sizes and --runs must be at least 1."), run.err());
  }

  @Test
  void aSizeThatIsNotANumberIsAUsageError() {
    assertEquals(2, CliRun.of("bench", "--sizes", "ten").exit());
  }
}
