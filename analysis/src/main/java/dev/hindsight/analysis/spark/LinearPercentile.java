package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Exact percentiles by linear interpolation between closest ranks (Hyndman and Fan type 7, numpy's default).
 *
 * <p>For sorted values {@code x[0..n-1]} and a fraction {@code p}, the position is {@code h = (n - 1) * p}; the
 * percentile is {@code (ceil(h) - h) * x[floor(h)] + (h - floor(h)) * x[ceil(h)]}. The median of an even count is
 * the mean of the two middle values. This is what Spark's exact {@code percentile} aggregate computes, and the
 * bootstrap uses the same formula in plain Java, so both agree to the last bit. Results are rounded half-up to
 * {@link #DECIMALS} places so reports and CSVs do not carry floating-point noise such as 46.00000000000001.
 */
public final class LinearPercentile {

  /** Decimal places kept for durations, minutes and hours in every table. */
  public static final int DECIMALS = 2;
  /** Decimal places kept for shares and quality scores, which live between 0 and 1. */
  public static final int FRACTION_DECIMALS = 4;

  private LinearPercentile() {}

  /** The exact percentile aggregate of {@code values} at fraction {@code p}, rounded; null over no values. */
  public static Column of(Column values, double p) {
    return of(values, p, DECIMALS);
  }

  /** The exact percentile aggregate of {@code values} at fraction {@code p}, rounded to {@code decimals} places. */
  public static Column of(Column values, double p, int decimals) {
    checkFraction(p);
    return functions.round(functions.percentile(values, lit(p)), decimals);
  }

  /** The percentile of already sorted values at fraction {@code p}, unrounded; NaN for no values. */
  public static double ofSorted(double[] sorted, double p) {
    checkFraction(p);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = (sorted.length - 1) * p;
    long lower = (long) Math.floor(position);
    long higher = (long) Math.ceil(position);
    if (lower == higher || sorted[(int) lower] == sorted[(int) higher]) {
      return sorted[(int) lower];
    }
    return (higher - position) * sorted[(int) lower] + (position - lower) * sorted[(int) higher];
  }

  /** Half-up rounding to {@link #DECIMALS} places, as Spark's {@code round} does it for doubles. */
  public static double round(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }

  private static void checkFraction(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be a fraction in [0, 1], got " + p);
    }
  }
}
