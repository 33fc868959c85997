package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts on an index that a rerun changed: two segments, and incidents deleted from both. */
class FacetCounterTest {

  @TempDir static Path dir;
  private static IncidentSearcher searcher;
  private static List<SearchableIncident> kept;
  private static Set<String> firstSegment;

  @BeforeAll
  static void buildChangedIndex() throws IOException {
    List<SearchableIncident> all = SampleIndex.incidents().stream().map(SearchableIncident::of).toList();
    Path index = dir.resolve("index");
    IncidentIndexWriter.write(index, all.subList(0, 40).iterator());
    firstSegment = all.subList(0, 40).stream().map(SearchableIncident::source).collect(Collectors.toSet());
    // Every seventh incident, from both segments, is deleted as a rerun deletes the incidents of changed files.
    Set<String> deleted = Set.of(all.get(3).source(), all.get(10).source(), all.get(17).source(),
        all.get(45).source(), all.get(52).source());
    try (IncidentIndexWriter writer = IncidentIndexWriter.append(index)) {
      for (SearchableIncident s : all.subList(40, all.size())) {
        writer.add(s);
      }
      writer.deleteSources(deleted.iterator());
    }
    kept = all.stream().filter(i -> !deleted.contains(i.source())).toList();
    searcher = IncidentSearcher.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static void assertFacets(String query, Predicate<SearchableIncident> matches) throws IOException {
    SearchResults results = assertInstanceOf(SearchResults.class, searcher.search(query, 5), query);
    List<SearchableIncident> expected = kept.stream().filter(matches).toList();
    assertEquals(expected.size(), results.total(), query);
    FacetExpectations.assertCountsOf(expected, results);
  }

  @Test
  void mostOfTheIndexIsCountedAsTheWholeMinusTheRestLeavingDeletedIncidentsOut() throws IOException {
    assertTrue(kept.stream().filter(i -> !i.component().equals("database")).count() * 2 > searcher.size());
    assertFacets("*:* -component:database", i -> !i.component().equals("database"));
  }

  @Test
  void aSegmentMostlyMatchedAndOneBarelyMatchedAreCountedEachTheirOwnWay() throws IOException {
    // Every incident kept in the first segment and two of the second: the first is counted as its whole minus the
    // rest, the second directly, and the two are added up.
    Set<String> wanted = new java.util.HashSet<>();
    kept.stream().filter(i -> firstSegment.contains(i.source())).forEach(i -> wanted.add(i.id()));
    kept.stream().filter(i -> !firstSegment.contains(i.source())).limit(2).forEach(i -> wanted.add(i.id()));
    String query = wanted.stream().sorted().map(id -> "id:\"" + id + "\"").collect(Collectors.joining(" OR "));
    assertFacets(query, i -> wanted.contains(i.id()));
  }

  @Test
  void everythingLeftAfterDeletionsIsCounted() throws IOException {
    assertEquals(kept.size(), searcher.size());
    assertFacets("*:*", i -> true);
  }

  @Test
  void fewMatchesAreCountedDirectly() throws IOException {
    assertFacets("component:database", i -> i.component().equals("database"));
  }

  @Test
  void indexOfNoIncidentsListsEveryDimensionEmpty() throws IOException {
    Path empty = dir.resolve("empty");
    IncidentIndexWriter.write(empty, java.util.Collections.emptyIterator());
    try (IncidentSearcher none = IncidentSearcher.open(empty)) {
      SearchResults results = assertInstanceOf(SearchResults.class, none.search("*:*", 5));
      assertEquals(0, results.total());
      assertEquals(IncidentIndexFields.FACETS, List.copyOf(results.facets().keySet()));
      results.facets().values().forEach(values -> assertTrue(values.isEmpty(), values.toString()));
    }
  }
}
