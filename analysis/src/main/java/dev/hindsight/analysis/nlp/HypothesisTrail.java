package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one document says about one hypothesis as its investigation went on: raised, checked,
 * called wrong, dropped. Built sentence by sentence by {@link MisleadingPathFinder}, one per
 * hypothesis key; mutable, and never leaves the stage.
 */
final class HypothesisTrail {

  private final String key;
  private final String text;
  private final List<String> evidence = new ArrayList<>(3);
  private Optional<Moment> start;
  private Optional<Moment> end = Optional.empty();
  private boolean refuted;
  private boolean labelled;
  private int lastSentence;
  private int lastEntry;

  HypothesisTrail(String key, String text, int sentence, int entry, Optional<Moment> start) {
    this.key = key;
    this.text = text;
    this.lastSentence = sentence;
    this.lastEntry = entry;
    this.start = start;
  }

  String key() {
    return key;
  }

  /** Somebody thought this could be the cause. */
  void suspect(String cue, int sentence, int entry) {
    seen(cue, sentence, entry);
  }

  /** A check of it came back clean, at {@code when} if the text says. */
  void refute(String cue, int sentence, int entry, Optional<Moment> when) {
    refuted = true;
    seen(cue, sentence, entry);
    dropAt(when);
  }

  /** The text calls it a wrong turn. */
  void label(String cue, int sentence, int entry, Optional<Moment> when) {
    labelled = true;
    seen(cue, sentence, entry);
    dropAt(when);
  }

  /** A later sentence tells when it was taken up, where the first one did not. */
  void startedAt(Optional<Moment> when) {
    if (start.isEmpty() && end.isEmpty()) {
      start = when;
    }
  }

  /**
   * The team moved on to something else at {@code when}. The first drop time after the start
   * stands; one at the very minute of the start tells nothing, so the next step of the timeline
   * will settle it.
   */
  void dropAt(Optional<Moment> when) {
    if (end.isEmpty() && when.isPresent() && start.isPresent() && start.get().minutesUntil(when.get()) > 0) {
      end = when;
    }
  }

  /** Still being pursued: raised, not yet dropped. */
  boolean open() {
    return end.isEmpty();
  }

  /** The text says in so many words that it was wrong: a clean check, or a "red herring". */
  boolean shownWrong() {
    return refuted || labelled;
  }

  int lastSentence() {
    return lastSentence;
  }

  int lastEntry() {
    return lastEntry;
  }

  Optional<Moment> start() {
    return start;
  }

  /** The path as the record contract has it. */
  MisleadingPath toPath() {
    OptionalLong lost = start.isPresent() && end.isPresent()
        ? OptionalLong.of(start.get().minutesUntil(end.get()))
        : OptionalLong.empty();
    if (lost.isPresent() && lost.getAsLong() < 0) {
      lost = OptionalLong.empty();
    }
    return new MisleadingPath(key, text, start, end, lost, String.join("; ", evidence));
  }

  private void seen(String cue, int sentence, int entry) {
    if (!evidence.contains(cue) && evidence.size() < 4) {
      evidence.add(cue);
    }
    lastSentence = Math.max(lastSentence, sentence);
    if (entry >= 0) {
      lastEntry = Math.max(lastEntry, entry);
    }
  }
}
