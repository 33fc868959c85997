package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedPointTest {

  @Test
  void roundsHalfUpOnTheDecimalAsWritten() {
    assertEquals("0.13", FixedPoint.of(0.125, 2));
    assertEquals("3", FixedPoint.of(2.5, 0));
    assertEquals("1.0", FixedPoint.of(0.95, 1));
    assertEquals("0.10", FixedPoint.of(0.1, 2));
  }

  @Test
  void neverWritesAnExponent() {
    assertEquals("12000000.0", FixedPoint.of(1.2e7, 1));
    assertEquals("0.00", FixedPoint.of(1e-9, 2));
  }

  @Test
  void writesWhatStringFormatWrites() {
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      double value = i % 2 == 0 ? random.nextDouble() : random.nextInt(100_000) / 1000.0 + 0.005;
      for (int decimals = 0; decimals <= 2; decimals++) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), FixedPoint.of(value, decimals),
            value + " to " + decimals);
      }
    }
  }
}
