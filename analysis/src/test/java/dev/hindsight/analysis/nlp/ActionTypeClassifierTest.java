package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTypeClassifierTest {

  @Test
  void configCheckIsConfigValidationNotTesting() {
    assertEquals("config-validation", ActionTypeClassifier.typeOf("Validate every nginx config change in CI before it ships"));
  }

  @Test
  void alertIsMonitoring() {
    assertEquals("monitoring", ActionTypeClassifier.typeOf("Add an alert when the connection pool is 80% used"));
  }

  @Test
  void rollbackComesFirst() {
    assertEquals("rollback", ActionTypeClassifier.typeOf("Roll back the release and test it again in staging"));
  }

  @Test
  void runbookIsDocumentation() {
    assertEquals("documentation", ActionTypeClassifier.typeOf("Write a runbook for certificate renewal"));
  }

  @Test
  void unknownWordingIsOther() {
    assertEquals("other", ActionTypeClassifier.typeOf("Buy the team lunch"));
  }

  @Test
  void givesOneTypePerAction() {
    Incident i = new ActionTypeClassifier().apply(Fixtures.split(
        "## Corrective actions\n- Add disk usage alerts\n- Run a failover drill for the database replica\n- Train on-call staff\n"));
    assertEquals(List.of("monitoring", "redundancy", "training"), i.enrichment().actionTypes());
  }
}
