package dev.hindsight.analysis.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet values held in memory: every document's value ordinals in one flat array, and each ordinal's
 * dimension and value. Counting from it is a loop over two arrays, several times faster than decoding doc values for
 * every match, which is what a query matching hundreds of thousands of incidents spends its time on.
 */
final class SegmentFacetValues {

  private static final List<String> DIMENSIONS = IncidentIndexFields.FACETS;

  // Document d's ordinals are ordinals[starts[d]] up to, not including, ordinals[starts[d + 1]].
  private final int[] starts;
  private final int[] ordinals;
  // By ordinal: the index of its dimension in DIMENSIONS (-1 when not one of them), and its value.
  private final int[] dimensionOf;
  private final String[] valueOf;

  private SegmentFacetValues(int[] starts, int[] ordinals, int[] dimensionOf, String[] valueOf) {
    this.starts = starts;
    this.ordinals = ordinals;
    this.dimensionOf = dimensionOf;
    this.valueOf = valueOf;
  }

  /** Reads a segment's facet doc values; a segment without any has no values. */
  static SegmentFacetValues read(LeafReader segment) throws IOException {
    int maxDoc = segment.maxDoc();
    int[] starts = new int[maxDoc + 1];
    SortedSetDocValues values = segment.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (values == null) {
      return new SegmentFacetValues(starts, new int[0], new int[0], new String[0]);
    }
    int[] ordinals = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = n;
      if (values.advanceExact(doc)) {
        int count = values.docValueCount();
        if (n + count > ordinals.length) {
          ordinals = Arrays.copyOf(ordinals, Math.max(n + count, ordinals.length + (ordinals.length >> 1)));
        }
        for (int i = 0; i < count; i++) {
          ordinals[n++] = Math.toIntExact(values.nextOrd());
        }
      }
    }
    starts[maxDoc] = n;
    int valueCount = Math.toIntExact(values.getValueCount());
    int[] dimensionOf = new int[valueCount];
    String[] valueOf = new String[valueCount];
    for (int ord = 0; ord < valueCount; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      dimensionOf[ord] = path.length == 2 ? DIMENSIONS.indexOf(path[0]) : -1;
      valueOf[ord] = path.length == 2 ? path[1] : null;
    }
    return new SegmentFacetValues(starts, Arrays.copyOf(ordinals, n), dimensionOf, valueOf);
  }

  /** How many of {@code docs} hold each value, by ordinal. */
  int[] count(DocIdSetIterator docs) throws IOException {
    int[] counts = new int[valueOf.length];
    if (counts.length == 0) {
      return counts;
    }
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        counts[ordinals[i]]++;
      }
    }
    return counts;
  }

  /** The counts by dimension and value, leaving out values counted zero times. */
  Map<String, Map<String, Long>> byDimension(int[] counts) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0 && dimensionOf[ord] >= 0) {
        out.computeIfAbsent(DIMENSIONS.get(dimensionOf[ord]), d -> new HashMap<>())
            .merge(valueOf[ord], (long) counts[ord], Long::sum);
      }
    }
    return out;
  }
}
