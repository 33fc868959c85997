package dev.hindsight.analysis.nlp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score written with a fixed number of decimals, as {@code String.format("%.2f")} writes it (half up on the
 * shortest decimal form) but without parsing a format string: every document's cause evidence is written this way.
 */
final class FixedPoint {

  private FixedPoint() {}

  /** {@code value} rounded half up to {@code decimals} places, with no exponent. */
  static String of(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
