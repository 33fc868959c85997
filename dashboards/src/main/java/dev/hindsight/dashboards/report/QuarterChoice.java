package dev.hindsight.dashboards.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The quarter the page's headline is about and the one it is compared with.
 *
 * @param selected the quarter summarised; empty when no incident has a usable date
 * @param previous the latest earlier quarter with incidents (the one the change tables compare with); empty when
 *     there is none
 * @param why how the quarter was chosen, in words for the page
 */
public record QuarterChoice(Optional<String> selected, Optional<String> previous, String why) {

  private static final Pattern QUARTER = Pattern.compile("\\d{4}Q[1-4]");

  /**
   * Chooses the quarter: the one asked for, else the report's period when it is one quarter, else the latest quarter
   * with incidents.
   *
   * @param quarters the dated quarters that have incidents, in any order
   * @param period the report period as run-info names it ({@code all time}, {@code 2024Q3}, a date range)
   * @param requested a quarter asked for by the caller
   */
  public static QuarterChoice of(List<String> quarters, String period, Optional<String> requested) {
    List<String> sorted = quarters.stream().filter(q -> QUARTER.matcher(q).matches()).sorted().distinct().toList();
    String selected;
    String why;
    if (requested.isPresent()) {
      if (!QUARTER.matcher(requested.get()).matches()) {
        throw new IllegalArgumentException("The quarter must be written like 2024Q3, got '" + requested.get()
            + "'; give a year and a quarter from 1 to 4.");
      }
      selected = requested.get();
      why = "the quarter asked for";
    } else if (period != null && QUARTER.matcher(period).matches()) {
      selected = period;
      why = "the report's period";
    } else if (!sorted.isEmpty()) {
      selected = sorted.get(sorted.size() - 1);
      why = "the latest quarter with dated incidents";
    } else {
      return new QuarterChoice(Optional.empty(), Optional.empty(), "no incident has a usable date");
    }
    Optional<String> previous = sorted.stream().filter(q -> q.compareTo(selected) < 0).reduce((a, b) -> b);
    return new QuarterChoice(Optional.of(selected), previous, why);
  }
}
