package dev.hindsight.analysis.search;

import static dev.hindsight.analysis.search.IncidentIndexFields.DURATION;
import static dev.hindsight.analysis.search.IncidentIndexFields.START;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Lucene's query syntax over the incident fields: words without a field search the cause, the summary and the
 * whole text (the cause weighing most); {@code start} and {@code duration} are point fields read as dates and
 * minutes; every word must match unless OR says otherwise.
 *
 * <p>Built on the classic parser because it expands multi-word synonyms as a graph ("lb" finds "load
 * balancer"); points are added here. Not thread-safe: one per query.
 */
final class IncidentQueryParser extends MultiFieldQueryParser {

  private static final Map<String, Float> WEIGHTS = Map.of(
      IncidentIndexFields.CAUSE, 3f, IncidentIndexFields.SUMMARY, 2f, IncidentIndexFields.TEXT, 1f);

  /** A value a point field cannot take; its message is the sentence shown to the user. */
  static final class BadValue extends ParseException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  IncidentQueryParser(Analyzer queryAnalyzer) {
    super(IncidentIndexFields.DEFAULT_FIELDS.toArray(String[]::new), queryAnalyzer, WEIGHTS);
    setDefaultOperator(AND_OPERATOR);
    // Whole runs of words reach the analyzer, so "load balancer" meets its synonym "lb".
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field != null && IncidentIndexFields.POINT_FIELDS.contains(field)) {
      long[] span = span(field, queryText);
      return LongPoint.newRangeQuery(field, span[0], span[1]);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  /**
   * Required words are matched in the whole text alone, their cause and summary matches only adding to the score:
   * {@code +(cause:w^3 summary:w^2 text:w)} becomes {@code +text:w cause:w^3 summary:w^2}. The two match the same
   * incidents with the same scores, because the text holds every word of the cause and the summary
   * ({@link SearchableIncident#text}), but a conjunction of single terms runs faster than one of disjunctions (on a
   * million incidents, three required words ranked in 6.3 ms instead of 8.8).
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    List<BooleanClause> flat = new ArrayList<>(clauses.size());
    for (BooleanClause clause : clauses) {
      Optional<Query[]> byField = clause.getOccur() == BooleanClause.Occur.MUST
          ? acrossDefaultFields(clause.getQuery()) : Optional.empty();
      if (byField.isEmpty()) {
        flat.add(clause);
        continue;
      }
      for (int i = 0; i < byField.get().length; i++) {
        boolean text = IncidentIndexFields.DEFAULT_FIELDS.get(i).equals(IncidentIndexFields.TEXT);
        flat.add(new BooleanClause(byField.get()[i], text ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
      }
    }
    return super.getBooleanQuery(flat);
  }

  /** The parts of a word or phrase looked for in every default field, in their order; empty for other queries. */
  private static Optional<Query[]> acrossDefaultFields(Query query) {
    if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0
        || bool.clauses().size() != IncidentIndexFields.DEFAULT_FIELDS.size()) {
      return Optional.empty();
    }
    Query[] parts = new Query[bool.clauses().size()];
    for (int i = 0; i < parts.length; i++) {
      BooleanClause part = bool.clauses().get(i);
      if (part.getOccur() != BooleanClause.Occur.SHOULD
          || !Set.of(IncidentIndexFields.DEFAULT_FIELDS.get(i)).equals(fieldsOf(part.getQuery()))) {
        return Optional.empty();
      }
      parts[i] = part.getQuery();
    }
    return Optional.of(parts);
  }

  /** The fields a query reads. */
  static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    return fields;
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (field == null || !IncidentIndexFields.POINT_FIELDS.contains(field)) {
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
    long lower = Long.MIN_VALUE;
    long upper = Long.MAX_VALUE;
    if (!open(part1)) {
      long[] span = span(field, part1);
      lower = startInclusive ? span[0] : span[1] + 1;
    }
    if (!open(part2)) {
      long[] span = span(field, part2);
      upper = endInclusive ? span[1] : span[0] - 1;
    }
    return LongPoint.newRangeQuery(field, lower, upper);
  }

  private static boolean open(String bound) {
    return bound == null || bound.equals("*");
  }

  /** The first and last value a written bound stands for: one number of minutes, or every minute of a date. */
  private static long[] span(String field, String text) throws BadValue {
    if (field.equals(DURATION)) {
      try {
        long minutes = Long.parseLong(text.strip());
        return new long[] {minutes, minutes};
      } catch (NumberFormatException e) {
        throw new BadValue("The field duration takes a whole number of minutes, not \"" + text
            + "\"; write for example duration:[60 TO *].");
      }
    }
    if (field.equals(START)) {
      return dateSpan(text.strip());
    }
    throw new IllegalStateException("no point handling for field " + field);
  }

  /** A year, month, day or minute as the UTC minutes it covers (the index's unit for start). */
  private static long[] dateSpan(String text) throws BadValue {
    try {
      if (text.matches("\\d{4}")) {
        LocalDate first = LocalDate.of(Integer.parseInt(text), 1, 1);
        return minutes(first.atStartOfDay(), first.plusYears(1).atStartOfDay());
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(text);
        return minutes(month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(text);
        return minutes(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
        LocalDateTime at = LocalDateTime.parse(text);
        return minutes(at, at.plusMinutes(1));
      }
      OffsetDateTime at = OffsetDateTime.parse(text);
      long minute = Math.floorDiv(at.toEpochSecond(), 60);
      return new long[] {minute, minute};
    } catch (DateTimeException | NumberFormatException e) {
      throw new BadValue("The field start takes a date in UTC such as 2024-01-31, 2024-01 or 2024, not \"" + text
          + "\"; write for example start:[2024-01-01 TO *].");
    }
  }

  private static long[] minutes(LocalDateTime from, LocalDateTime until) {
    long first = Math.floorDiv(from.toEpochSecond(ZoneOffset.UTC), 60);
    long end = Math.floorDiv(until.toEpochSecond(ZoneOffset.UTC), 60);
    return new long[] {first, end - 1};
  }
}
