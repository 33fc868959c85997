package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DetectionMethodClassifierTest {

  private static String method(String markdown) {
    return new DetectionMethodClassifier().apply(Fixtures.split(markdown)).enrichment().detection().get().method();
  }

  @Test
  void alertThatFiredIsMonitoring() {
    assertEquals("monitoring", method("## Timeline\n- 09:00 UTC: The disk usage alert fired and paged the on-call engineer.\n"));
  }

  @Test
  void customersReportingFirstIsACustomerReportEvenWhenAlertsFollow() {
    assertEquals("customer-report", method("## Timeline\n- 14:00: Customers reported that checkout hangs.\n"
        + "- 14:15: The latency alert fired.\n"));
  }

  @Test
  void engineerNoticingDuringDeployIsManual() {
    assertEquals("manual", method("## Detection\nThe engineer noticed the errors during the deployment smoke test.\n"));
  }

  @Test
  void statedMethodWinsOverTimeline() {
    assertEquals("customer-report", method("## Detection\nDetected through support tickets from users.\n\n"
        + "## Timeline\n- 08:00: Monitoring alert for high CPU.\n"));
  }

  @Test
  void earliestSignalWithoutMethodIsUnknown() {
    assertEquals("unknown", method("## Timeline\n- 15:00: The outage was detected.\n- 15:20: A monitoring alert fired.\n"));
  }

  @Test
  void negatedAlertIsNoSignal() {
    assertEquals("customer-report", method("## Timeline\n- 10:00: No alert fired because the threshold was too high.\n"
        + "- 10:30: Users complained on social media.\n"));
  }

  @Test
  void plannedAlertsInActionsDoNotCount() {
    assertEquals("unknown", method("## Summary\nThe site was down.\n\n## Action items\n- Add an alert on error rate.\n"));
  }
}
