package dev.hindsight.dashboards.charts;

import java.util.LinkedHashMap;

/** The failure classes that came back most often, as ranked bars of incidents. */
public final class RecurringClassesChart {

  private RecurringClassesChart() {}

  /** @param incidentsByClass failure class ({@code category/component}) to incidents, largest first */
  public static SizedChart of(LinkedHashMap<String, Double> incidentsByClass, String subtitle) {
    return HorizontalBars.of("Recurring failure classes: incidents per class", subtitle,
        "Failure class (category / component)", "Incidents", incidentsByClass);
  }
}
