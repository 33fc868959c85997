package dev.hindsight.dashboards.charts;

import java.util.Objects;

/**
 * One value of a chart's data: the series it belongs to (a colour) and the category it sits at (a place on the axis).
 */
public record ChartValue(String series, String category, double value) {

  public ChartValue {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(category, "category");
  }
}
