package dev.hindsight.analysis.search;

import java.util.Objects;

/**
 * How many matching incidents carry one value of a facet.
 *
 * @param value the facet value ({@code misconfiguration}, {@code 2024Q3}, ...)
 * @param count matching incidents with it
 */
public record FacetCount(String value, long count) {

  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
