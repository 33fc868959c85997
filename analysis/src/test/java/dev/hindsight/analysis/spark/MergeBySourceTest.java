package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Merging a previous per-file output with a run's changes gives what sorting every entry again would. */
class MergeBySourceTest {

  // An entry is "source=version"; the source is what the merge orders and drops by.
  private static final Function<String, String> SOURCE = entry -> entry.substring(0, entry.indexOf('='));

  private static List<String> merge(List<String> previous, List<String> changed, Set<String> dropped) {
    List<String> merged = new ArrayList<>();
    new MergeBySource<>(previous.iterator(), changed.iterator(), SOURCE, dropped).forEachRemaining(merged::add);
    return merged;
  }

  @Test
  void changedEntriesReplaceTheirDroppedPreviousOnesInPlace() {
    assertEquals(List.of("a=1", "b=2", "c=1"),
        merge(List.of("a=1", "b=1", "c=1"), List.of("b=2"), Set.of("b")));
  }

  @Test
  void droppedSourcesWithoutAChangeDisappear() {
    assertEquals(List.of("a=1", "c=1"), merge(List.of("a=1", "b=1", "c=1"), List.of(), Set.of("b")));
  }

  @Test
  void newSourcesGoWhereSortingPutsThem() {
    assertEquals(List.of("0=2", "a=1", "ab=2", "b=1", "z=2"),
        merge(List.of("a=1", "b=1"), List.of("0=2", "ab=2", "z=2"), Set.of()));
  }

  @Test
  void anEmptyPreviousOutputGivesTheChanges() {
    assertEquals(List.of("a=2", "b=2"), merge(List.of(), List.of("a=2", "b=2"), Set.of()));
  }

  @Test
  void itCountsWhatItGave() {
    MergeBySource<String> merge = new MergeBySource<>(List.of("a=1", "b=1").iterator(), List.of("c=2").iterator(),
        SOURCE, Set.of("a"));
    merge.forEachRemaining(entry -> { });
    assertEquals(2, merge.merged());
  }

  @Test
  void sourcesAreOrderedByCodePointAsSparkOrdersTheirBytes() {
    // U+FFFF sorts before an emoji by code point (and UTF-8 bytes), after it by UTF-16 units.
    String bmp = "x\uFFFF";
    String emoji = "x\uD83D\uDE00";
    assertTrue(MergeBySource.ORDER.compare(bmp, emoji) < 0);
    assertEquals(List.of(bmp + "=1", emoji + "=2"), merge(List.of(bmp + "=1"), List.of(emoji + "=2"), Set.of()));
  }

  @Test
  void aPreviousOutputOutOfOrderIsRefused() {
    Iterator<String> merge = new MergeBySource<>(List.of("b=1", "a=1").iterator(), List.<String>of().iterator(),
        SOURCE, Set.of());
    assertThrows(IllegalStateException.class, () -> merge.forEachRemaining(entry -> { }));
  }

  @Test
  void changesOutOfOrderAreRefused() {
    Iterator<String> merge = new MergeBySource<>(List.<String>of().iterator(), List.of("b=2", "a=2").iterator(),
        SOURCE, Set.of());
    assertThrows(IllegalStateException.class, () -> merge.forEachRemaining(entry -> { }));
  }

  @Test
  void aSourceBothKeptAndChangedIsRefused() {
    // The previous output does not belong to the cache the changes came from: its "b" should have been dropped.
    Iterator<String> merge = new MergeBySource<>(List.of("a=1", "b=1").iterator(), List.of("b=2").iterator(),
        SOURCE, Set.of());
    assertThrows(IllegalStateException.class, () -> merge.forEachRemaining(entry -> { }));
  }
}
