package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QualityAssessorTest {

  private static Quality quality(Incident incident) {
    return new QualityAssessor().apply(incident).enrichment().quality().get();
  }

  private static Incident withCause(String markdown, String category) {
    return Fixtures.split(markdown).with(e -> e.withRootCause(new RootCause(category, "database", "x", 0.9, "test")));
  }

  @Test
  void listsMissingParts() {
    Quality q = quality(Fixtures.split("## Summary\nThe API was down.\n"));
    assertTrue(q.missing().containsAll(java.util.List.of("impact", "timeline", "resolution", "actions")), q.toString());
    assertFalse(q.missing().contains("summary"));
  }

  @Test
  void flagsCauseThatOnlyBlamesAPerson() {
    Quality q = quality(withCause("## Root cause\nAn engineer made a mistake.\n", "human-error"));
    assertTrue(q.flags().contains("human-error-as-cause"), q.toString());
  }

  @Test
  void humanErrorWithWhatLetItHappenIsNotFlagged() {
    Quality q = quality(withCause("## Root cause\nAn engineer ran the script against production; there was no check of the target environment.\n", "human-error"));
    assertFalse(q.flags().contains("human-error-as-cause"), q.toString());
  }

  @Test
  void flagsConflictingTimes() {
    Quality q = quality(withCause("## Summary\nFrom 12:00 AM to 2:30 PM UTC on July 22, 2024 users saw errors.\n\n"
        + "## Timeline\n- 12:00 PM UTC: alert fired\n- 2:30 PM UTC: service restored\n", "misconfiguration"));
    assertTrue(q.flags().contains("conflicting-times"), q.toString());
  }

  @Test
  void completePostmortemScoresHigherThanAThinOne() {
    String full = "## Summary\nOn 2024-03-01 from 10:00 to 11:00 UTC the API failed for 20% of users.\n\n## Impact\n20% of users.\n\n"
        + "## Timeline\n- 10:00 UTC: alert fired\n- 11:00 UTC: service restored\n\n## Root cause\nA bad config.\n\n"
        + "## Resolution\nReverted.\n\n## Action items\n- Validate config in CI\n";
    double complete = quality(withCause(full, "misconfiguration")).score();
    double thin = quality(Fixtures.split("The API broke.\n")).score();
    assertTrue(complete > thin, complete + " vs " + thin);
    assertEquals(1.0, complete, 0.001);
  }
}
