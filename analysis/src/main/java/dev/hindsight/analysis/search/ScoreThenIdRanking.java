package dev.hindsight.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The best N matches by score, equal scores going to the smaller id, on an index whose segments keep their documents
 * in id order ({@link IncidentIndexFields#ID_ORDER}).
 *
 * <p>Each segment gets Lucene's own top-N collector, which breaks ties by doc id, here the id order, and so may skip
 * every match that cannot beat or tie ahead of its last result; sorting by score then id field would compare ids over
 * all matches instead (750,000 of them when a range query gives them all one score). The segments' lists are then
 * merged by score, then id.
 */
final class ScoreThenIdRanking implements CollectorManager<ScoreThenIdRanking.PerSegment, TopDocs> {

  private final int limit;

  ScoreThenIdRanking(int limit) {
    this.limit = limit;
  }

  /** Whether every segment of {@code reader} keeps its documents in id order, which this ranking relies on. */
  static boolean applies(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (!IncidentIndexFields.ID_ORDER.equals(leaf.reader().getMetaData().getSort())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public PerSegment newCollector() {
    return new PerSegment(limit);
  }

  @Override
  public TopDocs reduce(Collection<PerSegment> collectors) throws IOException {
    List<Ranked> candidates = new ArrayList<>();
    for (PerSegment collector : collectors) {
      for (int i = 0; i < collector.segments.size(); i++) {
        candidates.addAll(Ranked.of(collector.leaves.get(i), collector.segments.get(i).topDocs()));
      }
    }
    candidates.sort(Ranked.ORDER);
    ScoreDoc[] best = candidates.stream().limit(limit).map(Ranked::hit).toArray(ScoreDoc[]::new);
    // Callers count the matches elsewhere (the facet pass sees every one); this is only a lower bound.
    return new TopDocs(new TotalHits(best.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), best);
  }

  /** A collector keeping a separate top-N per segment, since ties are in id order only within one. */
  static final class PerSegment implements Collector {
    private final int limit;
    private final List<TopScoreDocCollector> segments = new ArrayList<>();
    private final List<LeafReaderContext> leaves = new ArrayList<>();

    PerSegment(int limit) {
      this.limit = limit;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      // A threshold of N total hits lets the collector skip as soon as it holds N results.
      TopScoreDocCollector segment = new TopScoreDocCollectorManager(limit, null, limit).newCollector();
      segments.add(segment);
      leaves.add(context);
      return segment.getLeafCollector(context);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }
  }

  /** A candidate with the id that breaks its ties. */
  private record Ranked(ScoreDoc hit, BytesRef id) {

    static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> r.hit().score, Comparator.reverseOrder())
        .thenComparing(Ranked::id);

    static List<Ranked> of(LeafReaderContext leaf, TopDocs top) throws IOException {
      // Doc values are read forwards only, so the few candidates are visited in doc order.
      ScoreDoc[] byDoc = top.scoreDocs.clone();
      Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc d) -> d.doc));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), IncidentIndexFields.ID_SORT);
      List<Ranked> out = new ArrayList<>(byDoc.length);
      for (ScoreDoc hit : byDoc) {
        BytesRef id = ids.advanceExact(hit.doc - leaf.docBase) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()))
            : new BytesRef();
        out.add(new Ranked(hit, id));
      }
      return out;
    }
  }
}
