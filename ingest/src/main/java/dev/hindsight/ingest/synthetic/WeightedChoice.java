package dev.hindsight.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Items with relative weights, drawn in proportion to them; immutable, so one instance serves every thread. */
final class WeightedChoice<T> {

  private final List<T> items;
  private final double[] cumulative;

  private WeightedChoice(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  /** A choice over items and their weights (same order); weights must be positive. */
  static <T> WeightedChoice<T> of(List<T> items, List<Double> weights) {
    if (items.isEmpty() || items.size() != weights.size()) {
      throw new IllegalArgumentException("items and weights must be non-empty and of one length, got "
          + items.size() + " and " + weights.size());
    }
    double[] cumulative = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      double w = weights.get(i);
      if (!(w > 0)) {
        throw new IllegalArgumentException("weight of " + items.get(i) + " must be positive, got " + w);
      }
      sum += w;
      cumulative[i] = sum;
    }
    return new WeightedChoice<>(List.copyOf(items), cumulative);
  }

  /** Equal weights. */
  static <T> WeightedChoice<T> uniform(List<T> items) {
    List<Double> ones = new ArrayList<>();
    items.forEach(i -> ones.add(1.0));
    return of(items, ones);
  }

  T pick(RandomGenerator random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }

  List<T> items() {
    return items;
  }

  /** The share of the total weight an item carries (the sum over equal items). */
  double share(T item) {
    double total = cumulative[cumulative.length - 1];
    double w = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equals(item)) {
        w += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
      }
    }
    return w / total;
  }
}
