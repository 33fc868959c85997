package dev.hindsight.dashboards.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the largest series of a stacked chart and folds the rest into one grey "other" series, so that every
 * colour on the chart stays distinguishable.
 */
final class SeriesGrouping {

  private SeriesGrouping() {}

  /** The values with at most {@code kept} series by total (ties by name), the rest summed under {@code otherName}. */
  static List<ChartValue> largest(List<ChartValue> values, int kept, String otherName) {
    Map<String, Double> totals = new TreeMap<>();
    for (ChartValue value : values) {
      totals.merge(value.series(), value.value(), Double::sum);
    }
    List<String> order = new ArrayList<>(totals.keySet());
    order.sort(Comparator.comparing((String s) -> -totals.get(s)).thenComparing(s -> s));
    List<String> keep = order.size() <= kept + 1 ? order : order.subList(0, kept);
    Map<List<String>, Double> grouped = new LinkedHashMap<>();
    for (String series : keep) {
      for (ChartValue value : values) {
        if (value.series().equals(series)) {
          grouped.merge(List.of(series, value.category()), value.value(), Double::sum);
        }
      }
    }
    for (ChartValue value : values) {
      if (!keep.contains(value.series())) {
        grouped.merge(List.of(otherName, value.category()), value.value(), Double::sum);
      }
    }
    List<ChartValue> out = new ArrayList<>();
    grouped.forEach((key, sum) -> out.add(new ChartValue(key.get(0), key.get(1), sum)));
    return out;
  }
}
