package dev.hindsight.analysis.spark;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * A per-file output of the previous report brought up to date: its entries (sorted by source) lose those whose source
 * was dropped, and this run's changed entries (sorted by source) come in between, so the result is what sorting every
 * entry again would give. Streams: one entry of each side is held at a time.
 *
 * <p>Either side out of order, or a source both kept and changed, means the previous output does not belong to the
 * cache the changes came from; {@link #next} then throws {@link IllegalStateException} and the caller writes the
 * output afresh.
 */
final class MergeBySource<T> implements Iterator<T> {

  /**
   * Sources in the order Spark sorts strings, by their UTF-8 bytes, which is the order of their code points (not
   * {@link String#compareTo}, which orders UTF-16 units and puts an emoji before {@code U+FFFF}).
   */
  static final Comparator<String> ORDER = MergeBySource::compareCodePoints;

  private final Iterator<T> previous;
  private final Iterator<T> changed;
  private final Function<T, String> sourceOf;
  private final Set<String> dropped;
  private T previousHead;
  private T changedHead;
  private String lastPrevious;
  private String lastChanged;
  private long merged;

  /**
   * @param previous the previous output's entries, sorted by source
   * @param changed this run's entries for the files that changed or are new, sorted by source
   * @param sourceOf the source an entry is about
   * @param dropped the sources whose previous entries no longer hold: edited, touched, gone
   */
  MergeBySource(Iterator<T> previous, Iterator<T> changed, Function<T, String> sourceOf, Set<String> dropped) {
    this.previous = previous;
    this.changed = changed;
    this.sourceOf = sourceOf;
    this.dropped = dropped;
  }

  @Override
  public boolean hasNext() {
    fill();
    return previousHead != null || changedHead != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    boolean fromPrevious;
    if (previousHead == null) {
      fromPrevious = false;
    } else if (changedHead == null) {
      fromPrevious = true;
    } else {
      int order = ORDER.compare(sourceOf.apply(previousHead), sourceOf.apply(changedHead));
      if (order == 0) {
        throw new IllegalStateException("the source " + sourceOf.apply(changedHead)
            + " is both kept from the previous output and changed");
      }
      fromPrevious = order < 0;
    }
    T entry;
    if (fromPrevious) {
      entry = previousHead;
      previousHead = null;
    } else {
      entry = changedHead;
      changedHead = null;
    }
    merged++;
    return entry;
  }

  /** How many entries {@link #next} has given so far. */
  long merged() {
    return merged;
  }

  private void fill() {
    while (previousHead == null && previous.hasNext()) {
      T entry = previous.next();
      String source = sourceOf.apply(entry);
      lastPrevious = inOrder(lastPrevious, source, "previous");
      if (!dropped.contains(source)) {
        previousHead = entry;
      }
    }
    if (changedHead == null && changed.hasNext()) {
      changedHead = changed.next();
      lastChanged = inOrder(lastChanged, sourceOf.apply(changedHead), "changed");
    }
  }

  private static String inOrder(String last, String source, String side) {
    if (source == null) {
      throw new IllegalStateException("an entry of the " + side + " output names no source");
    }
    if (last != null && ORDER.compare(last, source) >= 0) {
      throw new IllegalStateException("the " + side + " output is not sorted by source: " + source + " after "
          + last);
    }
    return source;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
