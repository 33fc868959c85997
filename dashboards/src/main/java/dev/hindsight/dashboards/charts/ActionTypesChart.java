package dev.hindsight.dashboards.charts;

import java.util.LinkedHashMap;

/** Corrective actions the postmortems listed, by type. */
public final class ActionTypesChart {

  private ActionTypesChart() {}

  /** @param actionsByType action type to number of actions, largest first */
  public static SizedChart of(LinkedHashMap<String, Double> actionsByType, String subtitle) {
    return HorizontalBars.of("Corrective actions by type", subtitle, "Action type", "Actions", actionsByType);
  }
}
