package dev.hindsight.analysis.search;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The part of a query that can mark words in a result's cause: its clauses on English text fields. The highlighter
 * asks the whole query which words of each result match, and a clause on another field (a duration range, a
 * category) answers by running over the whole segment: 5 ms per search for {@code duration:[60 TO *]} on a million
 * incidents, to mark nothing. Only results that matched the whole query are highlighted, so dropping the other
 * clauses (and the prohibited ones, which a result never matches) marks the same words.
 */
final class HighlightQuery {

  private HighlightQuery() {}

  /** The clauses of {@code query} on text fields, or empty when it has none. */
  static Optional<Query> of(Query query) {
    if (query instanceof BoostQuery boosted) {
      return of(boosted.getQuery()).map(q -> new BoostQuery(q, boosted.getBoost()));
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder kept = new BooleanQuery.Builder();
      int clauses = 0;
      for (BooleanClause clause : bool.clauses()) {
        if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
          continue;
        }
        Optional<Query> part = of(clause.getQuery());
        if (part.isPresent()) {
          // Kept clauses become optional: a required one dropped beside them must not make the rest unmatchable.
          kept.add(part.get(), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? Optional.empty() : Optional.of(kept.build());
    }
    return readsText(query) ? Optional.of(query) : Optional.empty();
  }

  private static boolean readsText(Query query) {
    return IncidentQueryParser.fieldsOf(query).stream().anyMatch(IncidentIndexFields.TEXT_FIELDS::contains);
  }
}
