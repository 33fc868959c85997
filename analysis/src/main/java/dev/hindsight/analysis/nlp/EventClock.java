package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.TimelineEntry;
import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.TimeRange;
import dev.hindsight.ingest.time.TimeScan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the clock times written inside a sentence ("ruled out at 4:10 PM", "from 09:05 to
 * 09:40") and pins them to the incident's days, so that a wrong turn described in prose gets a
 * start, an end and the minutes it cost.
 *
 * <p>A time without a date takes the date, zone and datedness of its anchor: the moment of the
 * sentence's timeline entry, else the incident's start, detection or first timed entry. An end
 * earlier than its start is taken to be on the next day (a timeline that crossed midnight).
 * One per document: it remembers what it has read, and is not for sharing between threads.
 */
final class EventClock {

  private final TimeExpressionParser times;
  private final Optional<Moment> fallback;
  // The parser is the costly part, and one sentence is asked about for each path it names.
  private final Map<String, TimeScan> scans = new HashMap<>();

  EventClock(Postmortem pm) {
    this.times = TimeExpressionParser.standard();
    this.fallback = pm.window().start()
        .or(() -> pm.window().detectedAt())
        .or(() -> pm.timeline().stream().map(TimelineEntry::at).flatMap(Optional::stream).findFirst());
  }

  /**
   * When something this sentence tells of began: the start of a range written in it, a time
   * that opens it ("At 14:40 she saw ..."), else the time of its entry.
   */
  Optional<Moment> startIn(String text, Optional<Moment> entryAt) {
    if (!mayHoldTime(text)) {
      return entryAt;
    }
    TimeScan scan = scan(text);
    Optional<Moment> anchor = entryAt.or(() -> fallback);
    for (TimeRange range : scan.ranges()) {
      Optional<Moment> from = resolve(range.from(), anchor, Optional.empty());
      if (from.isPresent()) {
        return from;
      }
    }
    for (TimePoint p : scan.points()) {
      if (p.hasTime() && opens(text, p.start())) {
        return resolve(p, anchor, Optional.empty());
      }
    }
    return entryAt;
  }

  /**
   * When something was dropped, told in this sentence: the end of a range, the first time after
   * the cue ("ruled out at 9:10 AM"), a time that opens the sentence, else the time of its entry.
   */
  Optional<Moment> endIn(String text, int cueStart, Optional<Moment> entryAt, Optional<Moment> notBefore) {
    if (!mayHoldTime(text)) {
      return entryAt;
    }
    TimeScan scan = scan(text);
    Optional<Moment> anchor = entryAt.or(() -> notBefore).or(() -> fallback);
    for (TimeRange range : scan.ranges()) {
      Optional<Moment> to = resolve(range.to(), anchor, notBefore);
      if (to.isPresent()) {
        return to;
      }
    }
    for (TimePoint p : scan.points()) {
      if (p.hasTime() && p.start() >= cueStart) {
        return resolve(p, anchor, notBefore);
      }
    }
    for (TimePoint p : scan.points()) {
      if (p.hasTime() && opens(text, p.start())) {
        return resolve(p, anchor, notBefore);
      }
    }
    return entryAt;
  }

  /** The time a line opens with ("18:00 PST: Further investigation ..."), on or after {@code notBefore}. */
  Optional<Moment> openingTimeOf(String text, Optional<Moment> notBefore) {
    if (!mayHoldTime(text)) {
      return Optional.empty();
    }
    for (TimePoint p : scan(text).points()) {
      if (p.hasTime() && opens(text, p.start())) {
        return resolve(p, notBefore.or(() -> fallback), notBefore);
      }
    }
    return Optional.empty();
  }

  /** The end of a range written in the sentence ("from 09:05 to 09:40"), if any. */
  Optional<Moment> rangeEndIn(String text, Optional<Moment> entryAt, Optional<Moment> notBefore) {
    if (!mayHoldTime(text)) {
      return Optional.empty();
    }
    Optional<Moment> anchor = entryAt.or(() -> notBefore).or(() -> fallback);
    for (TimeRange range : scan(text).ranges()) {
      Optional<Moment> to = resolve(range.to(), anchor, notBefore);
      if (to.isPresent()) {
        return to;
      }
    }
    return Optional.empty();
  }

  private TimeScan scan(String text) {
    return scans.computeIfAbsent(text, times::scan);
  }

  // Most sentences have no digit at all, and then no time to parse.
  private static boolean mayHoldTime(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // A time that opens the sentence, perhaps after "At", "By" or "Around".
  private static boolean opens(String text, int offset) {
    String before = text.substring(0, Math.min(offset, text.length())).strip();
    return before.isEmpty() || before.length() <= 8 && before.chars().allMatch(Character::isLetter);
  }

  private static Optional<Moment> resolve(TimePoint p, Optional<Moment> anchor, Optional<Moment> notBefore) {
    if (p.time().isEmpty()) {
      return Optional.empty();
    }
    LocalDate date;
    boolean dated;
    if (p.date().isPresent()) {
      date = p.date().get();
      dated = true;
    } else if (p.monthDay().isPresent() && anchor.isPresent() && anchor.get().dated()) {
      date = p.monthDay().get().atYear(anchor.get().local().getYear());
      dated = true;
    } else {
      date = anchor.map(a -> a.local().toLocalDate()).orElse(Moment.UNDATED);
      dated = anchor.map(Moment::dated).orElse(false);
    }
    LocalDateTime local = LocalDateTime.of(date, p.time().get());
    Optional<ZoneOffset> offset = p.zone().map(z -> z.offsetAt(local)).or(() -> anchor.flatMap(Moment::offset));
    String zone = p.zone().map(z -> z.asWritten()).orElse(anchor.map(Moment::zoneAsWritten).orElse(""));
    Moment moment = new Moment(local, dated, offset, zone);
    if (p.date().isEmpty() && notBefore.isPresent() && notBefore.get().minutesUntil(moment) < 0) {
      moment = moment.nextDay();
    }
    return Optional.of(moment);
  }
}
