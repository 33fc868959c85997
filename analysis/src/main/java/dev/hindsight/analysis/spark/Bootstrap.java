package dev.hindsight.analysis.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Random;

/**
 * A seeded percentile bootstrap of the median: deterministic, so the same durations always give the same interval.
 *
 * <p>Definition: from the n known values of a group, draw {@code resamples} samples of size n with replacement
 * ({@link Random}, whose sequence the Java specification fixes, seeded with {@code 31 * seed + group.hashCode()} so
 * each quarter gets its own stream whatever the partitioning); take each sample's median by {@link
 * LinearPercentile}; the interval is the {@code (1 - confidence) / 2} and {@code (1 + confidence) / 2} percentiles
 * of those medians, by the same linear interpolation, rounded like every other duration.
 *
 * @param resamples number of bootstrap samples
 * @param seed base seed
 * @param confidence coverage of the interval, e.g. 0.9
 */
public record Bootstrap(int resamples, long seed, double confidence) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** 1000 resamples, a fixed seed, a 90% interval. */
  public static final Bootstrap DEFAULT = new Bootstrap(1000, 20240722L, 0.90);

  public Bootstrap {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
    }
  }

  /** The interval {low, high} of the median of {@code sorted} for {@code group}; empty for no values. */
  public double[] medianInterval(String group, double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return new double[0];
    }
    RandomSequence random = new RandomSequence(31 * seed + group.hashCode());
    double[] medians = new double[resamples];
    // The values are sorted, so a sample is fully described by how often it drew each index: the median is
    // found by walking those counts, in O(n) per sample instead of sorting each sample.
    int[] draws = new int[n];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(draws, 0);
      for (int i = 0; i < n; i++) {
        draws[random.nextInt(n)]++;
      }
      medians[b] = sampleMedian(sorted, draws);
    }
    Arrays.sort(medians);
    double tail = (1 - confidence) / 2;
    return new double[] {
      LinearPercentile.round(LinearPercentile.ofSorted(medians, tail)),
      LinearPercentile.round(LinearPercentile.ofSorted(medians, 1 - tail))
    };
  }

  /**
   * The sequence of {@link Random#nextInt(int)} for a seed, as the Java specification defines it, without the atomic
   * update that makes {@link Random} safe to share: a bootstrap of a million values draws a billion times from one
   * thread, and the compare-and-set of each draw was most of its cost.
   */
  static final class RandomSequence {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    RandomSequence(long seed) {
      state = (seed ^ MULTIPLIER) & MASK;
    }

    private int next31() {
      state = (state * MULTIPLIER + ADDEND) & MASK;
      return (int) (state >>> 17);
    }

    /** The next value in [0, bound), the one {@code new Random(seed)} would give at this point. */
    int nextInt(int bound) {
      int r = next31();
      int m = bound - 1;
      if ((bound & m) == 0) {
        return (int) ((bound * (long) r) >> 31);
      }
      // Draws from the incomplete top range are rejected, so every value is equally likely.
      for (int u = r; u - (r = u % bound) + m < 0; u = next31()) {
        // next draw
      }
      return r;
    }
  }

  // The same interpolation as LinearPercentile at p = 0.5, over the sample sorted implicitly by the draw counts.
  private static double sampleMedian(double[] sorted, int[] draws) {
    int n = sorted.length;
    double position = (n - 1) * 0.5;
    int lowerRank = (int) Math.floor(position);
    int higherRank = (int) Math.ceil(position);
    double lower = Double.NaN;
    double higher = Double.NaN;
    int seen = 0;
    for (int i = 0; i < n && Double.isNaN(higher); i++) {
      seen += draws[i];
      if (Double.isNaN(lower) && seen > lowerRank) {
        lower = sorted[i];
      }
      if (seen > higherRank) {
        higher = sorted[i];
      }
    }
    if (lowerRank == higherRank || lower == higher) {
      return lower;
    }
    return (higherRank - position) * lower + (position - lowerRank) * higher;
  }
}
