package dev.hindsight.analysis.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incidents a query matched, best first, and the facet counts over all of them.
 *
 * @param query the query as given
 * @param total how many incidents matched (more than {@code hits} when the limit cut the list)
 * @param hits the best matches, by score then id
 * @param facets for each facet dimension of {@link IncidentIndexFields#FACETS}, in that order, the most frequent
 *     values among all matches, by count then value
 */
public record SearchResults(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets)
    implements SearchOutcome {

  public SearchResults {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> ordered = new LinkedHashMap<>();
    facets.forEach((dim, counts) -> ordered.put(dim, List.copyOf(counts)));
    facets = java.util.Collections.unmodifiableMap(ordered);
  }
}
