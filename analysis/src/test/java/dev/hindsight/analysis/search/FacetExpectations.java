package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The facet counts a search must show, computed from the records it matched. */
final class FacetExpectations {

  private static final Map<String, Function<SearchableIncident, List<String>>> VALUES = Map.of(
      IncidentIndexFields.CATEGORY, i -> List.of(i.category()),
      IncidentIndexFields.COMPONENT, i -> List.of(i.component()),
      IncidentIndexFields.QUARTER, i -> List.of(i.quarter()),
      IncidentIndexFields.SERVICE, SearchableIncident::services,
      IncidentIndexFields.HYPOTHESIS, SearchableIncident::hypotheses);

  private FacetExpectations() {}

  /** Every dimension lists the most frequent values of {@code matched} with their exact counts. */
  static void assertCountsOf(List<SearchableIncident> matched, SearchResults results) {
    assertEquals(IncidentIndexFields.FACETS, List.copyOf(results.facets().keySet()));
    for (String dim : IncidentIndexFields.FACETS) {
      Map<String, Long> expected = new TreeMap<>(matched.stream().flatMap(i -> VALUES.get(dim).apply(i).stream())
          .collect(Collectors.groupingBy(v -> v, Collectors.counting())));
      List<FacetCount> shown = results.facets().get(dim);
      assertEquals(Math.min(IncidentSearcher.FACET_VALUES, expected.size()), shown.size(), dim);
      for (FacetCount c : shown) {
        assertEquals(expected.get(c.value()), c.count(), dim + " " + c.value());
      }
      if (shown.isEmpty()) {
        continue;
      }
      long smallestShown = shown.get(shown.size() - 1).count();
      Set<String> shownValues = shown.stream().map(FacetCount::value).collect(Collectors.toSet());
      expected.forEach((value, count) ->
          assertTrue(shownValues.contains(value) || count <= smallestShown, dim + " " + value));
    }
  }
}
