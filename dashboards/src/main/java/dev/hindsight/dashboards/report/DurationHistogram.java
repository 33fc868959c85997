package dev.hindsight.dashboards.report;

import dev.hindsight.dashboards.charts.DurationDistributionChart;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolve times of one category counted per whole minute: exact quantiles in memory that grows with the distinct
 * durations, not with the number of incidents, so a million incidents cost no more than a thousand.
 */
final class DurationHistogram {

  private final TreeMap<Long, Long> counts = new TreeMap<>();
  private long total;
  private double sum;

  void add(long minutes) {
    counts.merge(minutes, 1L, Long::sum);
    total++;
    sum += minutes;
  }

  long count() {
    return total;
  }

  /** The box of a box plot: quartiles by linear interpolation between order statistics, as the tables use. */
  DurationDistributionChart.Box box(String category) {
    return new DurationDistributionChart.Box(category, total, counts.firstKey(), quantile(0.25), quantile(0.5),
        quantile(0.75), counts.lastKey(), sum / total);
  }

  double quantile(double p) {
    double position = p * (total - 1);
    long below = (long) Math.floor(position);
    double fraction = position - below;
    double low = valueAt(below);
    return fraction == 0 ? low : low + fraction * (valueAt(below + 1) - low);
  }

  // The value at a 0-based rank in sorted order.
  private long valueAt(long rank) {
    long seen = 0;
    for (Map.Entry<Long, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (rank < seen) {
        return entry.getKey();
      }
    }
    return counts.lastKey();
  }
}
