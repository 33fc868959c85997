package dev.hindsight.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact facet counts of a query's matches, the most frequent {@link IncidentSearcher#FACET_VALUES} values per
 * dimension. Each segment's facet values are read into memory once, the first time they are counted. When the
 * matches are most of the index it counts the documents that did not match and subtracts them from the whole index's
 * counts (counted once per searcher), so the work never exceeds half the index.
 */
final class FacetCounter {

  private final IndexReader reader;
  private final ExecutorService pool;
  // By the segment's ord, read on first use.
  private final Map<Integer, SegmentFacetValues> segments = new ConcurrentHashMap<>();
  private Map<String, Map<String, Long>> wholeIndex;

  FacetCounter(IndexReader reader, ExecutorService pool) {
    this.reader = reader;
    this.pool = pool;
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

  private SegmentFacetValues segment(LeafReaderContext leaf) throws IOException {
    try {
      return segments.computeIfAbsent(leaf.ord, ord -> {
        try {
          return SegmentFacetValues.read(leaf.reader());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Every value's count per dimension among {@code matches}: each segment counted on its own thread with its own
   * counters (shared atomic counters cost more than they save on two cores).
   */
  private Map<String, Map<String, Long>> all(List<MatchingDocs> matches) throws IOException {
    List<Callable<Map<String, Map<String, Long>>>> tasks = new ArrayList<>();
    for (MatchingDocs matching : matches) {
      if (matching.totalHits == 0) {
        continue;
      }
      tasks.add(() -> {
        SegmentFacetValues values = segment(matching.context);
        DocIdSetIterator docs = matching.bits.iterator();
        return docs == null ? Map.of() : values.byDimension(values.count(docs));
      });
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
      if (live instanceof FixedBitSet liveBits) {
        bits.and(liveBits);
      } else if (live != null) {
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
