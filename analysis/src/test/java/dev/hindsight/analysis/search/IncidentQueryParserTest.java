package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class IncidentQueryParserTest {

  private static BooleanQuery parse(String query) throws ParseException {
    try (IncidentAnalyzer analyzer = IncidentAnalyzer.forQueries()) {
      return assertInstanceOf(BooleanQuery.class, new IncidentQueryParser(analyzer).parse(query), query);
    }
  }


  private static List<String> fieldsWhere(BooleanQuery query, Occur occur) {
    return query.clauses().stream().filter(c -> c.getOccur() == occur)
        .map(c -> String.join(",", IncidentQueryParser.fieldsOf(c.getQuery()))).toList();
  }

  @Test
  void requiredWordsAreMatchedInTheTextAloneWithCauseAndSummaryAddingToTheScore() throws ParseException {
    BooleanQuery q = parse("certificate expired");
    assertEquals(List.of("text", "text"), fieldsWhere(q, Occur.MUST));
    assertEquals(List.of("cause", "summary", "cause", "summary"), fieldsWhere(q, Occur.SHOULD));
  }

  @Test
  void requiredPhraseIsMatchedInTheTextAloneToo() throws ParseException {
    BooleanQuery q = parse("\"connection pool\" AND timeout");
    assertEquals(List.of("text", "text"), fieldsWhere(q, Occur.MUST));
  }

  @Test
  void optionalWordsKeepTheirOwnDisjunctions() throws ParseException {
    BooleanQuery q = parse("certificate OR expired");
    assertEquals(2, q.clauses().size());
    for (BooleanClause c : q.clauses()) {
      assertEquals(Occur.SHOULD, c.getOccur());
      assertEquals(Set.of("cause", "summary", "text"), IncidentQueryParser.fieldsOf(c.getQuery()));
    }
  }

  @Test
  void requiredKeysAreLeftAsTheyAre() throws ParseException {
    BooleanQuery q = parse("category:misconfiguration AND deploy");
    assertEquals(List.of("category", "text"), fieldsWhere(q, Occur.MUST));
  }
}
