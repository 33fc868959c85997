package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentSearcherTest {

  @TempDir static Path dir;
  private static IncidentSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    searcher = SampleIndex.build(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchResults results(String query) throws IOException {
    return assertInstanceOf(SearchResults.class, searcher.search(query, 100), query);
  }

  private static List<String> files(SearchResults r) {
    return r.hits().stream().map(h -> h.source().substring(h.source().lastIndexOf('/') + 1)).toList();
  }

  private static Set<String> filesWhere(Function<SearchableIncident, Boolean> test) {
    return SampleIndex.incidents().stream().map(SearchableIncident::of).filter(test::apply)
        .map(i -> i.source().substring(i.source().lastIndexOf('/') + 1)).collect(Collectors.toSet());
  }

  @Test
  void indexHoldsEverySamplePostmortem() {
    assertEquals(66, searcher.size());
  }

  @Test
  void keyFieldsFindEveryLoadBalancerMisconfigurationTiesOrderedById() throws IOException {
    SearchResults r = results("category:misconfiguration AND component:load-balancer");
    assertEquals(List.of("hs-08-healthcheck-nap.markdown", "hs-01-lb-weights.md", "hs-29-lb-idle-timeout.html"), files(r));
    assertEquals(3, r.total());
  }

  @Test
  void startTakesDatesSoSinceJanuaryIsARange() throws IOException {
    SearchResults r = results("component:load-balancer AND start:[2024-01-01 TO *]");
    assertEquals(List.of("hs-01-lb-weights.md", "hs-29-lb-idle-timeout.html"), files(r));
  }

  @Test
  void durationTakesMinutesInOpenRanges() throws IOException {
    SearchResults r = results("\"connection pool\" duration:[60 TO *]");
    assertEquals(List.of("hs-41-firewall-zurich.md", "hs-46-memcached-connections.md", "hs-44-dimm-orders-db.md"), files(r));
    r.hits().forEach(h -> assertTrue(h.durationMinutes().getAsLong() >= 60, h.toString()));
  }

  @Test
  void hypothesisFindsEveryIncidentThatPursuedIt() throws IOException {
    SearchResults r = results("hypothesis:database");
    assertEquals(filesWhere(i -> i.hypotheses().contains("database")), Set.copyOf(files(r)));
    assertEquals(12, r.total());
  }

  @Test
  void lbFindsTheSameIncidentsAsLoadBalancer() throws IOException {
    SearchResults lb = results("lb");
    assertEquals(files(results("\"load balancer\"")), files(lb));
    assertTrue(Set.copyOf(files(lb)).containsAll(filesWhere(i -> i.component().equals("load-balancer"))), files(lb).toString());
  }

  @Test
  void dbFindsTheDatabaseIncidentsThatNeverSayDb() throws IOException {
    SearchResults db = results("db");
    assertEquals(files(results("database")), files(db));
    Set<String> saysDatabaseOnly = filesWhere(i -> i.component().equals("database")
        && i.text().toLowerCase(java.util.Locale.ROOT).contains("database")
        && !i.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bdbs?\\b.*"));
    assertTrue(saysDatabaseOnly.size() >= 3, saysDatabaseOnly.toString());
    assertTrue(Set.copyOf(files(db)).containsAll(saysDatabaseOnly), files(db).toString());
  }

  @Test
  void snippetHighlightsTheMatchedWordsOfTheCause() throws IOException {
    SearchHit first = results("lb").hits().get(0);
    assertEquals("hs-29-lb-idle-timeout.html", first.source().substring(first.source().lastIndexOf('/') + 1));
    assertTrue(first.snippet().startsWith("The new **load balancer** listener"), first.snippet());
  }

  private static SearchHit hitOf(SearchResults r, String fileName) {
    return r.hits().stream().filter(h -> h.source().endsWith("/" + fileName)).findFirst()
        .orElseThrow(() -> new AssertionError(fileName + " not in " + files(r)));
  }

  @Test
  void snippetMarksTheCausesWordsWhenOtherRequiredWordsAreOnlyElsewhere() throws IOException {
    // "tickets" is in the detection section of hs-29, not in its cause.
    SearchHit hit = hitOf(results("\"load balancer\" AND tickets"), "hs-29-lb-idle-timeout.html");
    assertTrue(hit.snippet().startsWith("The new **load balancer** listener"), hit.snippet());
    assertTrue(!hit.snippet().contains("**tickets**"), hit.snippet());
  }

  @Test
  void snippetMarksTheCausesWordsOfAResultARangeAlsoMatched() throws IOException {
    SearchHit hit = hitOf(results("balancer OR duration:[60 TO *]"), "hs-29-lb-idle-timeout.html");
    assertTrue(hit.snippet().startsWith("The new load **balancer** listener"), hit.snippet());
  }

  @Test
  void snippetOfAQueryOnKeysAloneIsTheCauseUnmarked() throws IOException {
    SearchHit hit = hitOf(results("component:load-balancer AND duration:[60 TO *]"), "hs-29-lb-idle-timeout.html");
    assertTrue(hit.snippet().startsWith("The new load balancer listener for the upload API"), hit.snippet());
    assertTrue(!hit.snippet().contains("**"), hit.snippet());
  }

  @Test
  void facetCountsOverEverythingEqualCountsFromTheRecords() throws IOException {
    SearchResults all = results("*:*");
    assertEquals(66, all.total());
    FacetExpectations.assertCountsOf(SampleIndex.incidents().stream().map(SearchableIncident::of).toList(), all);
  }

  @Test
  void facetCountsOfMostOfTheIndexEqualCountsFromTheRecords() throws IOException {
    // More than half the index matches, so the counts come from the whole index minus the rest.
    SearchResults most = results("*:* -component:load-balancer");
    List<SearchableIncident> expected = SampleIndex.incidents().stream().map(SearchableIncident::of)
        .filter(i -> !i.component().equals("load-balancer")).toList();
    assertTrue(expected.size() * 2 > 66 && expected.size() < 66, "fixture: " + expected.size());
    assertEquals(expected.size(), most.total());
    FacetExpectations.assertCountsOf(expected, most);
  }

  @Test
  void facetCountsFollowTheQuery() throws IOException {
    SearchResults r = results("category:misconfiguration AND component:load-balancer");
    assertEquals(List.of(new FacetCount("load-balancer", 3)), r.facets().get(IncidentIndexFields.COMPONENT));
  }

  @Test
  void unclosedBracketSaysWhereTheQueryStops() throws IOException {
    QuerySyntaxError e = assertInstanceOf(QuerySyntaxError.class, searcher.search("category:(misconfiguration", 10));
    assertEquals(26, e.column());
    assertTrue(e.message().startsWith("The query stops at column 26 before it is complete"), e.message());
  }

  @Test
  void unexpectedOperatorIsNamedWithItsColumn() throws IOException {
    QuerySyntaxError e = assertInstanceOf(QuerySyntaxError.class, searcher.search("lb AND AND db", 10));
    assertEquals(8, e.column());
    assertTrue(e.message().contains("unexpected \"AND\" at column 8"), e.message());
  }

  @Test
  void durationThatIsNoNumberSaysWhatTheFieldTakes() throws IOException {
    QuerySyntaxError e = assertInstanceOf(QuerySyntaxError.class, searcher.search("duration:[an TO hour]", 10));
    assertTrue(e.message().startsWith("The field duration takes a whole number of minutes, not \"an\""), e.message());
  }
}
