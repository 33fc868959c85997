package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  @Test
  void equalValuesGiveAPointInterval() {
    assertArrayEquals(new double[] {30, 30}, Bootstrap.DEFAULT.medianInterval("2024Q1", new double[] {30, 30, 30}));
  }

  @Test
  void singleValueGivesAPointInterval() {
    assertArrayEquals(new double[] {5, 5}, Bootstrap.DEFAULT.medianInterval("undated", new double[] {5}));
  }

  @Test
  void twoValuesSpanBothEnds() {
    // A resample of {10, 20} has median 10, 15 or 20 with chances 1/4, 1/2, 1/4: of 1000 medians far more than
    // the 51 needed sit at each end, so the 5th and 95th percentiles (ranks 49.95 and 949.05) are 10 and 20.
    assertArrayEquals(new double[] {10, 20}, Bootstrap.DEFAULT.medianInterval("2024Q2", new double[] {10, 20}));
  }

  @Test
  void theDrawsAreThoseOfJavaUtilRandomForTheSameSeed() {
    // Powers of two, small and large bounds, and bounds near 2^31 where draws are rejected most often.
    int[] bounds = {1, 2, 3, 7, 64, 1000, 30_011, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE};
    for (long seed : new long[] {0, 1, -1, 20240722L * 31 + "2024Q1".hashCode(), Long.MIN_VALUE}) {
      Random expected = new Random(seed);
      Bootstrap.RandomSequence actual = new Bootstrap.RandomSequence(seed);
      for (int i = 0; i < 20_000; i++) {
        int bound = bounds[i % bounds.length];
        assertEquals(expected.nextInt(bound), actual.nextInt(bound), "seed " + seed + ", draw " + i);
      }
    }
  }

  @Test
  void noValuesGiveNoInterval() {
    assertEquals(0, Bootstrap.DEFAULT.medianInterval("2024Q3", new double[0]).length);
  }

  @Test
  void sameInputSameInterval() {
    double[] sorted = skewedMinutes(new Random(7), 40);
    double[] first = Bootstrap.DEFAULT.medianInterval("2024Q1", sorted);
    double[] second = new Bootstrap(1000, 20240722L, 0.9).medianInterval("2024Q1", sorted.clone());
    assertArrayEquals(first, second);
  }

  @Test
  void randomizedIntervalsHoldTheMedianWithinTheData() {
    Random random = new Random(42);
    for (int trial = 0; trial < 50; trial++) {
      double[] sorted = skewedMinutes(random, 1 + random.nextInt(60));
      double[] interval = Bootstrap.DEFAULT.medianInterval("q" + trial, sorted);
      double median = LinearPercentile.round(LinearPercentile.ofSorted(sorted, 0.5));
      String where = "trial " + trial + " " + Arrays.toString(sorted) + " -> " + Arrays.toString(interval);
      assertTrue(sorted[0] <= interval[0] && interval[0] <= interval[1] && interval[1] <= sorted[sorted.length - 1],
          where);
      // Not a theorem for every sample, but for these sizes the median's own value is always covered.
      assertTrue(interval[0] <= median && median <= interval[1], where);
    }
  }

  @Test
  void rejectsBadSettings() {
    assertEquals("resamples must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 1, 0.9)).getMessage());
    assertEquals("confidence must lie strictly between 0 and 1, got 90.0",
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(1000, 1, 90)).getMessage());
  }

  private static double[] skewedMinutes(Random random, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.round(Math.exp(3 + 1.5 * random.nextGaussian()));
    }
    Arrays.sort(values);
    return values;
  }
}
