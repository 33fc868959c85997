package dev.hindsight.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact facet counts of a query's matches, the most frequent {@link IncidentSearcher#FACET_VALUES} values per
 * dimension. When the matches are most of the index it counts the documents that did not match and subtracts them
 * from the whole index's counts (counted once per searcher), so the work never exceeds half the index.
 */
final class FacetCounter {

  private final IndexReader reader;
  private final ExecutorService pool;
  // One state per segment, by the segment's ord: Lucene's counting maps a lone segment's ordinals as if it were the
  // whole index, so each segment is counted against its own.
  private final Map<Integer, SortedSetDocValuesReaderState> segments = new HashMap<>();
  private Map<String, Map<String, Long>> wholeIndex;

  FacetCounter(IndexReader reader, ExecutorService pool) throws IOException {
    this.reader = reader;
    this.pool = pool;
    FacetsConfig config = IncidentIndexFields.facetsConfig();
    for (LeafReaderContext leaf : reader.leaves()) {
      // A segment (or an index of no incidents) without facet values has nothing to count.
      if (leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
        continue;
      }
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(leaf.reader(), config);
      segments.put(leaf.ord, state);
    }
  }

  /** The top values of every facet dimension (empty lists where none) among {@code matches}, {@code total} of them. */
  Map<String, List<FacetCount>> count(FacetsCollector matches, long total) throws IOException {
    Map<String, Map<String, Long>> counted;
    if (total == 0) {
      counted = Map.of();
    } else if (total * 2 <= reader.numDocs()) {
      counted = all(matches.getMatchingDocs());
    } else {
      counted = subtract(wholeIndex(), all(complement(matches.getMatchingDocs())));
    }
    return listed(counted);
  }

  private synchronized Map<String, Map<String, Long>> wholeIndex() throws IOException {
    if (wholeIndex == null) {
      wholeIndex = all(complement(List.of()));
    }
    return wholeIndex;
  }

  /**
   * Every value's count per dimension among {@code matches}: each segment counted on its own thread with its own
   * counters (Lucene's concurrent counting shares atomic ones, which costs more than it saves on two cores).
   */
  private Map<String, Map<String, Long>> all(List<MatchingDocs> matches) throws IOException {
    List<Callable<Map<String, Map<String, Long>>>> tasks = new ArrayList<>();
    for (MatchingDocs segment : matches) {
      SortedSetDocValuesReaderState state = segments.get(segment.context.ord);
      if (state == null) {
        continue;
      }
      // The segment as the whole of its own state's reader.
      MatchingDocs alone = new MatchingDocs(state.getReader().leaves().get(0), segment.bits, segment.totalHits, null);
      tasks.add(() -> values(state, new SortedSetDocValuesFacetCounts(state, new FacetsCollector() {
        @Override
        public List<MatchingDocs> getMatchingDocs() {
          return List.of(alone);
        }
      })));
    }
    Map<String, Map<String, Long>> sum = new HashMap<>();
    try {
      for (Future<Map<String, Map<String, Long>>> counted : pool.invokeAll(tasks)) {
        counted.get().forEach((dim, values) ->
            values.forEach((value, n) -> sum.computeIfAbsent(dim, d -> new HashMap<>()).merge(value, n, Long::sum)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting facets", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("counting facets failed", e.getCause());
    }
    return sum;
  }

  private static Map<String, Map<String, Long>> values(SortedSetDocValuesReaderState state,
      SortedSetDocValuesFacetCounts counts) throws IOException {
    Set<String> dims = new HashSet<>();
    state.getDims().forEach(dims::add);
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (String dim : IncidentIndexFields.FACETS) {
      FacetResult result = dims.contains(dim) ? counts.getAllChildren(dim) : null;
      if (result == null) {
        continue;
      }
      Map<String, Long> values = new HashMap<>();
      for (LabelAndValue lv : result.labelValues) {
        values.put(lv.label, lv.value.longValue());
      }
      out.put(dim, values);
    }
    return out;
  }

  /** The live documents that {@code matches} does not hold, segment by segment. */
  private List<MatchingDocs> complement(List<MatchingDocs> matches) throws IOException {
    Map<Integer, MatchingDocs> byLeaf = new HashMap<>();
    for (MatchingDocs m : matches) {
      byLeaf.put(m.context.ord, m);
    }
    List<MatchingDocs> rest = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(maxDoc);
      MatchingDocs matched = byLeaf.get(leaf.ord);
      DocIdSetIterator it = matched == null ? null : matched.bits.iterator();
      if (it != null) {
        bits.or(it);
      }
      bits.flip(0, maxDoc);
      Bits live = leaf.reader().getLiveDocs();
      if (live != null) {
        for (int doc = 0; doc < maxDoc; doc++) {
          if (!live.get(doc)) {
            bits.clear(doc);
          }
        }
      }
      int count = bits.cardinality();
      rest.add(new MatchingDocs(leaf, new BitDocIdSet(bits, count), count, null));
    }
    return rest;
  }

  private static Map<String, Map<String, Long>> subtract(Map<String, Map<String, Long>> whole,
      Map<String, Map<String, Long>> rest) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    whole.forEach((dim, values) -> {
      Map<String, Long> left = rest.getOrDefault(dim, Map.of());
      Map<String, Long> diff = new HashMap<>();
      values.forEach((value, count) -> {
        long n = count - left.getOrDefault(value, 0L);
        if (n > 0) {
          diff.put(value, n);
        }
      });
      out.put(dim, diff);
    });
    return out;
  }

  /** Every dimension, in the order results list them, with its most frequent values. */
  private static Map<String, List<FacetCount>> listed(Map<String, Map<String, Long>> counted) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : IncidentIndexFields.FACETS) {
      out.put(dim, top(counted.getOrDefault(dim, Map.of())));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<FacetCount> top(Map<String, Long> values) {
    return values.entrySet().stream()
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .limit(IncidentSearcher.FACET_VALUES)
        .toList();
  }
}
