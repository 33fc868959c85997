package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class HighlightQueryTest {

  private static Optional<Query> highlightPartOf(String query) throws ParseException {
    try (IncidentAnalyzer analyzer = IncidentAnalyzer.forQueries()) {
      return HighlightQuery.of(new IncidentQueryParser(analyzer).parse(query));
    }
  }


  @Test
  void rangeBesideAPhraseIsDroppedAndThePhraseKept() throws ParseException {
    Query kept = highlightPartOf("\"disk full\" OR duration:[60 TO *]").orElseThrow();
    assertEquals(Set.of("cause", "summary", "text"), IncidentQueryParser.fieldsOf(kept));
    assertTrue(kept.toString().contains("cause:\"disk full\""), kept.toString());
  }

  @Test
  void queryOnKeysAndNumbersAloneHasNothingToHighlight() throws ParseException {
    assertEquals(Optional.empty(), highlightPartOf("category:misconfiguration AND duration:[60 TO *]"));
  }

  @Test
  void requiredWordsBecomeOptionalSoACauseHoldingSomeOfThemIsMarked() throws ParseException {
    BooleanQuery kept = (BooleanQuery) highlightPartOf("certificate expired").orElseThrow();
    assertTrue(kept.toString().contains("cause:cert") && kept.toString().contains("cause:expir"), kept.toString());
    kept.clauses().forEach(c -> assertEquals(BooleanClause.Occur.SHOULD, c.getOccur(), kept.toString()));
  }

  @Test
  void prohibitedWordsAreDropped() throws ParseException {
    Query kept = highlightPartOf("balancer -timeout").orElseThrow();
    assertTrue(kept.toString().contains("balanc"), kept.toString());
    assertTrue(!kept.toString().contains("timeout"), kept.toString());
  }

  @Test
  void textInsideAGroupWithARangeIsKept() throws ParseException {
    Query kept = highlightPartOf("load AND (duration:[60 TO *] OR pool)").orElseThrow();
    assertEquals(Set.of("cause", "summary", "text"), IncidentQueryParser.fieldsOf(kept));
    assertTrue(kept.toString().contains("cause:pool"), kept.toString());
  }
}
