package dev.hindsight.analysis.spark;

import java.util.Iterator;
import java.util.function.Function;

/** The values of an iterator passed through a function one at a time, as asked for: a partition is never held whole. */
record MappedIterator<A, B>(Iterator<A> from, Function<A, B> map) implements Iterator<B> {

  @Override
  public boolean hasNext() {
    return from.hasNext();
  }

  @Override
  public B next() {
    return map.apply(from.next());
  }
}
