package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearPercentileTest {

  private static final double[] FIVE = {10, 20, 30, 40, 100};

  @Test
  void medianOfOddCountIsTheMiddleValue() {
    assertEquals(30.0, LinearPercentile.ofSorted(FIVE, 0.5));
  }

  @Test
  void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(25.0, LinearPercentile.ofSorted(new double[] {10, 20, 30, 40}, 0.5));
  }

  @Test
  void p90InterpolatesBetweenClosestRanks() {
    // h = (5 - 1) * 0.9 = 3.6: 40 + 0.6 * (100 - 40) = 76, give or take the last bit before rounding.
    assertEquals(76.0, LinearPercentile.round(LinearPercentile.ofSorted(FIVE, 0.9)));
    // h = (4 - 1) * 0.9 = 2.7 over 0, 5, 10, 15: 10 + 0.7 * 5 = 13.5.
    assertEquals(13.5, LinearPercentile.round(LinearPercentile.ofSorted(new double[] {0, 5, 10, 15}, 0.9)));
  }

  @Test
  void endsAreMinimumAndMaximum() {
    assertEquals(10.0, LinearPercentile.ofSorted(FIVE, 0));
    assertEquals(100.0, LinearPercentile.ofSorted(FIVE, 1));
  }

  @Test
  void singleValueIsEveryPercentile() {
    assertEquals(7.0, LinearPercentile.ofSorted(new double[] {7}, 0.9));
  }

  @Test
  void noValuesGiveNaN() {
    assertTrue(Double.isNaN(LinearPercentile.ofSorted(new double[0], 0.5)));
  }

  @Test
  void roundsHalfUpToTwoPlaces() {
    assertEquals(7.67, LinearPercentile.round(23.0 / 3));
    assertEquals(0.13, LinearPercentile.round(0.125));
  }

  @Test
  void rejectsFractionOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LinearPercentile.ofSorted(FIVE, 90));
    assertEquals("p must be a fraction in [0, 1], got 90.0", e.getMessage());
  }
}
