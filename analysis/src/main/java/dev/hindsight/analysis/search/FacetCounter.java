package dev.hindsight.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact facet counts of a query's matches, the most frequent {@link IncidentSearcher#FACET_VALUES} values per
 * dimension, counted while the matches are collected: each segment is counted by the thread that searched it, as
 * soon as it has been searched. Each segment's facet values are read into memory once, the first time they are
 * counted. When a query matches most of a segment, the segment's documents that did not match are counted and
 * subtracted from the whole segment's counts (counted once per searcher), so the work never exceeds half of it.
 */
final class FacetCounter {

  /** How many incidents matched, and the top values of every facet dimension (empty lists where none). */
  record Counted(long total, Map<String, List<FacetCount>> facets) {}

  // By the segment's ord, read on first use.
  private final Map<Integer, SegmentFacetValues> segments = new ConcurrentHashMap<>();
  // By the segment's ord: how many of its live documents hold each value, for segments mostly matched.
  private final Map<Integer, int[]> liveCounts = new ConcurrentHashMap<>();

  /** Collects a query's matches (unscored, so Lucene's query cache may supply them) and counts them. */
  CollectorManager<SliceCounts, Counted> collectorManager() {
    return new CollectorManager<>() {
      @Override
      public SliceCounts newCollector() {
        return new SliceCounts();
      }

      @Override
      public Counted reduce(Collection<SliceCounts> slices) {
        long total = 0;
        Map<String, Map<String, Long>> sum = new HashMap<>();
        for (SliceCounts slice : slices) {
          total += slice.total;
          add(slice.byDimension, sum);
        }
        return new Counted(total, listed(sum));
      }
    };
  }

  /** The matches of the segments one thread searched, counted segment by segment. */
  final class SliceCounts implements Collector {

    private long total;
    private final Map<String, Map<String, Long>> byDimension = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) {
      FixedBitSet matched = new FixedBitSet(leaf.reader().maxDoc());
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
          // Unscored: only which documents matched counts.
        }

        @Override
        public void collect(int doc) {
          matched.set(doc);
        }

        @Override
        public void finish() throws IOException {
          count(leaf, matched);
        }
      };
    }

    private void count(LeafReaderContext leaf, FixedBitSet matched) throws IOException {
      int hits = matched.cardinality();
      if (hits == 0) {
        return;
      }
      total += hits;
      SegmentFacetValues values = segment(leaf);
      int live = leaf.reader().numDocs();
      int[] counts;
      if (hits * 2L <= live) {
        counts = values.count(new BitSetIterator(matched, hits));
      } else {
        counts = liveCounts(leaf, values);
        int[] rest = values.count(new BitSetIterator(unmatched(leaf, matched), live - hits));
        for (int ord = 0; ord < counts.length; ord++) {
          counts[ord] -= rest[ord];
        }
      }
      add(values.byDimension(counts), byDimension);
    }
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

  /** A copy of the counts of every live document of the segment, which the caller may change. */
  private int[] liveCounts(LeafReaderContext leaf, SegmentFacetValues values) throws IOException {
    int[] counts = liveCounts.get(leaf.ord);
    if (counts == null) {
      FixedBitSet live = unmatched(leaf, new FixedBitSet(leaf.reader().maxDoc()));
      counts = values.count(new BitSetIterator(live, leaf.reader().numDocs()));
      liveCounts.putIfAbsent(leaf.ord, counts);
    }
    return counts.clone();
  }

  /** The segment's live documents that are not in {@code matched} (which becomes that set). */
  private static FixedBitSet unmatched(LeafReaderContext leaf, FixedBitSet matched) {
    int maxDoc = leaf.reader().maxDoc();
    matched.flip(0, maxDoc);
    Bits live = leaf.reader().getLiveDocs();
    if (live instanceof FixedBitSet liveBits) {
      matched.and(liveBits);
    } else if (live != null) {
      for (int doc = 0; doc < maxDoc; doc++) {
        if (!live.get(doc)) {
          matched.clear(doc);
        }
      }
    }
    return matched;
  }

  /** Adds counts by dimension and value into {@code sum}. */
  private static void add(Map<String, Map<String, Long>> counts, Map<String, Map<String, Long>> sum) {
    counts.forEach((dim, values) ->
        values.forEach((value, n) -> sum.computeIfAbsent(dim, d -> new HashMap<>()).merge(value, n, Long::sum)));
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
