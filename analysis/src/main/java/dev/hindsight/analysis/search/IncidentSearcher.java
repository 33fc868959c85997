package dev.hindsight.analysis.search;

import static dev.hindsight.analysis.search.IncidentIndexFields.CATEGORY;
import static dev.hindsight.analysis.search.IncidentIndexFields.CAUSE;
import static dev.hindsight.analysis.search.IncidentIndexFields.COMPONENT;
import static dev.hindsight.analysis.search.IncidentIndexFields.DURATION;
import static dev.hindsight.analysis.search.IncidentIndexFields.FAILURE_CLASS;
import static dev.hindsight.analysis.search.IncidentIndexFields.ID;
import static dev.hindsight.analysis.search.IncidentIndexFields.QUARTER;
import static dev.hindsight.analysis.search.IncidentIndexFields.SOURCE;
import static dev.hindsight.analysis.search.IncidentIndexFields.START;
import static dev.hindsight.analysis.search.IncidentIndexFields.TITLE;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches an incident index with Lucene's query syntax: ranked incidents with the cause highlighted, and facet
 * counts over every match. Open once, search many times; thread-safe.
 */
public final class IncidentSearcher implements Closeable {

  /** Facet values listed per dimension. */
  public static final int FACET_VALUES = 10;

  /** Ties in score go to the smaller id, so equal queries list equal results in equal order. */
  static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(IncidentIndexFields.ID_SORT, SortField.Type.STRING));

  private static final int SNIPPET_CHARS = 400;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  // Searches and counts an index's segments on every core at once.
  private final ExecutorService pool;
  private final IndexSearcher searcher;
  private final IncidentAnalyzer indexAnalyzer = IncidentAnalyzer.forIndexing();
  private final IncidentAnalyzer queryAnalyzer = IncidentAnalyzer.forQueries();
  private final FacetCounter facets;
  private final boolean idOrdered;
  private final UnifiedHighlighter highlighter;

  private IncidentSearcher(FSDirectory directory, boolean queryCache) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
      Thread thread = new Thread(runnable, "hindsight-search");
      thread.setDaemon(true);
      return thread;
    });
    this.searcher = new IndexSearcher(reader, pool);
    if (!queryCache) {
      searcher.setQueryCache(null);
    }
    this.facets = new FacetCounter();
    // Indexes written before their documents were kept in id order are ranked the slower way.
    this.idOrdered = ScoreThenIdRanking.applies(reader);
    this.highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new DefaultPassageFormatter("**", "**", "… ", false))
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(SNIPPET_CHARS)
        // A query on keys alone (category:...) still shows the cause, unhighlighted.
        .withMaxNoHighlightPassages(1)
        // Words asked of the summary or the whole text are highlighted where the cause has them too.
        .withFieldMatcher(IncidentIndexFields.TEXT_FIELDS::contains)
        .build();
  }

  /** Whether {@code dir} holds an index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** Opens the index in {@code dir}; check {@link #exists} first for a friendly message. */
  public static IncidentSearcher open(Path dir) throws IOException {
    return open(dir, true);
  }

  /**
   * Opens the index in {@code dir} without Lucene's query cache, which keeps the matches of queries asked again and
   * again: for timing searches as a first asking finds them.
   */
  public static IncidentSearcher openWithoutQueryCache(Path dir) throws IOException {
    return open(dir, false);
  }

  private static IncidentSearcher open(Path dir, boolean queryCache) throws IOException {
    FSDirectory d = FSDirectory.open(dir);
    try {
      return new IncidentSearcher(d, queryCache);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** How many incidents the index holds. */
  public int size() {
    return reader.numDocs();
  }

  private static QuerySyntaxError tooComplex(String query) {
    return new QuerySyntaxError(query, 0,
        "The query's wildcards or regular expressions are too complex to run; use simpler ones.");
  }

  /** Runs a query: the best {@code limit} incidents and the facet counts, or why the query cannot be read. */
  public SearchOutcome search(String query, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    Query parsed;
    try {
      parsed = new IncidentQueryParser(queryAnalyzer).parse(query);
    } catch (ParseException e) {
      return QuerySyntaxError.of(query, e);
    } catch (IndexSearcher.TooManyClauses e) {
      return new QuerySyntaxError(query, 0,
          "The query expands to more than " + IndexSearcher.getMaxClauseCount() + " terms; use fewer wildcards.");
    } catch (TooComplexToDeterminizeException e) {
      return tooComplex(query);
    } catch (IllegalArgumentException e) {
      // Lucene's regular expressions and its synonym graph refuse some text this way, not with a ParseException:
      // an unclosed "/[abc/", or thousands of words each with synonyms.
      String why = e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")";
      return new QuerySyntaxError(query, 0,
          "The query cannot be read" + why + "; check its /regular expressions/ and make it shorter.");
    }
    TopDocs top;
    FacetCounter.Counted counted;
    try {
      // Two passes: ranking skips the matches that cannot make the list, and the facet pass sees every match
      // without scoring it (and may reuse the matches Lucene's query cache kept), counting them as it goes.
      top = idOrdered ? searcher.search(parsed, new ScoreThenIdRanking(limit))
          : searcher.search(parsed, limit, BY_SCORE_THEN_ID, true);
      counted = searcher.search(parsed, facets.collectorManager());
    } catch (TooComplexToDeterminizeException e) {
      return tooComplex(query);
    }
    String[] snippets = highlighter.highlight(CAUSE, HighlightQuery.of(parsed).orElseGet(MatchNoDocsQuery::new), top);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(hit(sd.doc, sd.score, snippets[i] == null ? "" : snippets[i]));
    }
    // The facet pass saw every match, so it gives the exact total.
    return new SearchResults(query, counted.total(), hits, counted.facets());
  }

  /** The indexed incident with this id, unranked (score 0, its cause as the snippet). */
  public Optional<SearchHit> find(String id) throws IOException {
    TopDocs found = searcher.search(
        new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ID, id.strip().toLowerCase(java.util.Locale.ROOT))), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    return Optional.of(hit(doc, 0f, java.util.Objects.requireNonNullElse(searcher.storedFields().document(doc).get(CAUSE), "")));
  }

  /** The result line of one document. */
  SearchHit hit(int doc, float score, String snippet) throws IOException {
    Document d = searcher.storedFields().document(doc);
    IndexableField start = d.getField(START);
    IndexableField duration = d.getField(DURATION);
    return new SearchHit(
        d.get(ID),
        d.get(TITLE) == null ? "" : d.get(TITLE),
        d.get(SOURCE),
        start == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(start.numericValue().longValue() * 60)),
        d.get(QUARTER),
        duration == null ? OptionalLong.empty() : OptionalLong.of(duration.numericValue().longValue()),
        d.get(CATEGORY),
        d.get(COMPONENT),
        Optional.ofNullable(d.get(FAILURE_CLASS)),
        score,
        snippet);
  }

  IndexSearcher indexSearcher() {
    return searcher;
  }

  IncidentAnalyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  @Override
  public void close() throws IOException {
    pool.shutdown();
    try (directory; reader; indexAnalyzer; queryAnalyzer) {
      // closed in reverse order of the resources
    }
  }
}
