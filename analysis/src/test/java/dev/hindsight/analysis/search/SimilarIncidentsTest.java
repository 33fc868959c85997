package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarIncidentsTest {

  @TempDir static Path dir;
  private static IncidentSearcher searcher;
  private static SimilarIncidents similar;

  @BeforeAll
  static void buildIndex() throws IOException {
    searcher = SampleIndex.build(dir.resolve("index"));
    similar = new SimilarIncidents(searcher);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static String file(SimilarIncident s) {
    return s.incident().source().substring(s.incident().source().lastIndexOf('/') + 1);
  }

  @Test
  void incidentsOfTheSameClassComeFirstAndNeverTheIncidentItself() throws IOException {
    String id = SampleIndex.incident("hs-01-lb-weights.md").id();
    List<SimilarIncident> found = similar.toIndexed(id, 5).orElseThrow();
    assertEquals(5, found.size());
    assertEquals(List.of("hs-29-lb-idle-timeout.html", "hs-08-healthcheck-nap.markdown"),
        found.subList(0, 2).stream().map(SimilarIncidentsTest::file).toList());
    assertTrue(found.get(0).sameFailureClass() && found.get(1).sameFailureClass());
    assertFalse(found.get(2).sameFailureClass());
    assertTrue(found.stream().noneMatch(s -> s.incident().id().equals(id)));
  }

  @Test
  void aPostmortemLikeAnIndexedOneFindsTheRestOfItsClassButNotItsCopy() throws IOException {
    SearchableIncident pool = SearchableIncident.of(SampleIndex.incident("hs-10-pool-exhaustion.md"));
    List<SimilarIncident> found = similar.to(pool, 3);
    assertEquals(List.of("hs-16-pg-memory.md", "hs-36-db-cpu-surge.md"),
        found.subList(0, 2).stream().map(SimilarIncidentsTest::file).toList());
    assertTrue(found.stream().noneMatch(s -> s.incident().id().equals(pool.id())));
  }

  @Test
  void reasonNamesTheClassAndTheSharedWords() throws IOException {
    String id = SampleIndex.incident("hs-01-lb-weights.md").id();
    SimilarIncident first = similar.toIndexed(id, 1).orElseThrow().get(0);
    assertTrue(first.sharedWords().containsAll(List.of("load", "balancer")), first.sharedWords().toString());
    assertTrue(first.reason().startsWith("Same failure class misconfiguration/load-balancer; cause and summary share "),
        first.reason());
  }

  @Test
  void anIdTheIndexLacksGivesNothing() throws IOException {
    assertTrue(similar.toIndexed("0000000000000000", 3).isEmpty());
  }
}
