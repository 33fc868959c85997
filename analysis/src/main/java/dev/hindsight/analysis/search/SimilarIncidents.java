package dev.hindsight.analysis.search;

import static dev.hindsight.analysis.search.IncidentIndexFields.CATEGORY;
import static dev.hindsight.analysis.search.IncidentIndexFields.CAUSE;
import static dev.hindsight.analysis.search.IncidentIndexFields.COMPONENT;
import static dev.hindsight.analysis.search.IncidentIndexFields.FAILURE_CLASS;
import static dev.hindsight.analysis.search.IncidentIndexFields.ID;
import static dev.hindsight.analysis.search.IncidentIndexFields.SUMMARY;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Past incidents like a given one: those of the same failure class first, then the rest, each group ranked by
 * how much their cause sentence and summary share distinctive words (Lucene's MoreLikeThis); never the incident
 * itself. Thread-safe.
 */
public final class SimilarIncidents {

  private static final int SHARED_WORDS_SHOWN = 5;

  /** Words too common to tell causes apart: the cause model's list, which holds words and their stems. */
  private static final Set<String> COMMON_WORDS = commonWords("/dev/hindsight/analysis/nlp/cause-stopwords.txt");

  private final IncidentSearcher searcher;

  /** Similar incidents over an open index. */
  public SimilarIncidents(IncidentSearcher searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /** What is compared: the incident's id (to leave it out), its class and its texts. */
  private record Probe(String id, Optional<String> failureClass, String category, String component, String cause,
      String summary) {}

  /** Incidents like the indexed incident {@code id}; empty when the index has no such incident. */
  public Optional<List<SimilarIncident>> toIndexed(String id, int limit) throws IOException {
    IndexSearcher s = searcher.indexSearcher();
    TopDocs found = s.search(new TermQuery(new Term(ID, id.strip().toLowerCase(Locale.ROOT))), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = s.storedFields().document(found.scoreDocs[0].doc);
    Probe probe = new Probe(d.get(ID), Optional.ofNullable(d.get(FAILURE_CLASS)), d.get(CATEGORY), d.get(COMPONENT),
        Objects.requireNonNullElse(d.get(CAUSE), ""), Objects.requireNonNullElse(d.get(SUMMARY), ""));
    return Optional.of(like(probe, limit));
  }

  /** Incidents like one that need not be in the index (a new postmortem); if it is, it is left out. */
  public List<SimilarIncident> to(SearchableIncident incident, int limit) throws IOException {
    return like(new Probe(incident.id(), incident.failureClass(), incident.category(), incident.component(),
        incident.cause(), incident.summary()), limit);
  }

  private List<SimilarIncident> like(Probe probe, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    IndexSearcher s = searcher.indexSearcher();
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(searcher.indexAnalyzer());
    mlt.setFieldNames(new String[] {CAUSE, SUMMARY});
    // A small corpus: a word seen once in the probe and in one other incident is already a signal.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    // Words in a quarter of all incidents ("service", "users") say nothing about this one.
    mlt.setMaxDocFreqPct(25);
    mlt.setMaxQueryTerms(25);
    // Single letters ("zone C") tie nothing together; two letters must stay for "lb" and "db".
    mlt.setMinWordLen(2);
    mlt.setBoost(true);
    mlt.setStopWords(COMMON_WORDS);
    Map<String, Collection<Object>> texts = new HashMap<>();
    texts.put(CAUSE, List.of(probe.cause()));
    texts.put(SUMMARY, List.of(probe.summary()));
    Map<String, Float> weights = termWeights(mlt.like(texts));
    Query words = query(weights);
    Query self = new TermQuery(new Term(ID, probe.id().toLowerCase(Locale.ROOT)));

    List<ScoreDoc> ranked = new ArrayList<>();
    if (probe.failureClass().isPresent()) {
      Query sameClass = new TermQuery(new Term(FAILURE_CLASS, probe.failureClass().get().toLowerCase(Locale.ROOT)));
      ranked.addAll(List.of(s.search(new BooleanQuery.Builder()
          .add(sameClass, BooleanClause.Occur.FILTER)
          .add(words, BooleanClause.Occur.SHOULD)
          .add(self, BooleanClause.Occur.MUST_NOT)
          .build(), limit, IncidentSearcher.BY_SCORE_THEN_ID, true).scoreDocs));
      if (ranked.size() < limit && !weights.isEmpty()) {
        ranked.addAll(List.of(s.search(new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(sameClass, BooleanClause.Occur.MUST_NOT)
            .add(self, BooleanClause.Occur.MUST_NOT)
            .build(), limit - ranked.size(), IncidentSearcher.BY_SCORE_THEN_ID, true).scoreDocs));
      }
    } else if (!weights.isEmpty()) {
      ranked.addAll(List.of(s.search(new BooleanQuery.Builder()
          .add(words, BooleanClause.Occur.MUST)
          .add(self, BooleanClause.Occur.MUST_NOT)
          .build(), limit, IncidentSearcher.BY_SCORE_THEN_ID, true).scoreDocs));
    }

    List<SimilarIncident> out = new ArrayList<>();
    for (ScoreDoc sd : ranked) {
      Document d = s.storedFields().document(sd.doc);
      String cause = Objects.requireNonNullElse(d.get(CAUSE), "");
      SearchHit hit = searcher.hit(sd.doc, Float.isNaN(sd.score) ? 0f : sd.score, cause);
      boolean sameClass = probe.failureClass().isPresent() && probe.failureClass().equals(hit.failureClass());
      List<String> shared = sharedWords(weights, cause + "\n" + Objects.requireNonNullElse(d.get(SUMMARY), ""));
      out.add(new SimilarIncident(hit, sameClass, shared, reason(probe, hit, sameClass, shared)));
    }
    return out;
  }

  private static String reason(Probe probe, SearchHit hit, boolean sameClass, List<String> shared) {
    List<String> parts = new ArrayList<>();
    if (sameClass) {
      parts.add("same failure class " + hit.failureClass().orElseThrow());
    } else if (!SearchableIncident.UNKNOWN.equals(hit.component()) && hit.component().equals(probe.component())) {
      parts.add("same component " + hit.component());
    } else if (!SearchableIncident.UNKNOWN.equals(hit.category()) && hit.category().equals(probe.category())) {
      parts.add("same category " + hit.category());
    }
    if (!shared.isEmpty()) {
      parts.add("cause and summary share " + String.join(", ", shared));
    }
    String joined = parts.isEmpty() ? "similar wording in cause and summary" : String.join("; ", parts);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /** The chosen stems, weighted, in both compared fields. */
  private static Query query(Map<String, Float> weights) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    weights.forEach((stem, weight) -> {
      for (String field : new String[] {CAUSE, SUMMARY}) {
        any.add(new BoostQuery(new TermQuery(new Term(field, stem)), weight), BooleanClause.Occur.SHOULD);
      }
    });
    return any.build();
  }

  /**
   * The stems MoreLikeThis chose and their weights (a stem chosen in both fields keeps its larger weight); bare
   * numbers ("30" per cent, "3" nodes) are dropped, as they tie unrelated incidents together.
   */
  private static Map<String, Float> termWeights(Query query) {
    Map<String, Float> weights = new HashMap<>();
    if (query instanceof BooleanQuery bq) {
      for (BooleanClause clause : bq.clauses()) {
        Query q = clause.getQuery();
        float boost = 1f;
        if (q instanceof BoostQuery boosted) {
          boost = boosted.getBoost();
          q = boosted.getQuery();
        }
        if (q instanceof TermQuery tq && !tq.getTerm().text().chars().allMatch(Character::isDigit)) {
          weights.merge(tq.getTerm().text(), boost, Math::max);
        }
      }
    }
    return weights;
  }

  /** The words of {@code text} whose stems were chosen, as written (lower case), most telling first. */
  private List<String> sharedWords(Map<String, Float> weights, String text) throws IOException {
    Map<String, String> surfaceByStem = new LinkedHashMap<>();
    try (TokenStream ts = searcher.indexAnalyzer().tokenStream(CAUSE, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String stem = term.toString();
        if (weights.containsKey(stem)) {
          surfaceByStem.putIfAbsent(stem,
              text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
        }
      }
      ts.end();
    }
    return surfaceByStem.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, String>, Float>comparing(e -> weights.get(e.getKey())).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(SHARED_WORDS_SHOWN)
        .map(Map.Entry::getValue)
        .toList();
  }

  private static Set<String> commonWords(String resource) {
    InputStream in = SimilarIncidents.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from the class path");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }
}
