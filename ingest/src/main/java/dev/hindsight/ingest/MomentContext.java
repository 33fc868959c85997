package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.ZoneMention;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a reader carries from one time stamp to the next: the date in force and the zone in force.
 *
 * <p>A clock time with no date takes the date in force; one with no zone takes the zone in force.
 *
 * @param date the date in force, when known
 * @param year the year in force, for dates written without one ("April 17th")
 * @param zone the zone in force, when any was written
 */
public record MomentContext(Optional<LocalDate> date, Optional<Integer> year, Optional<ZoneMention> zone) {

  /** No date, no zone. */
  public static final MomentContext EMPTY = new MomentContext(Optional.empty(), Optional.empty(), Optional.empty());

  /** The calendar date a point names, filling a missing year from the context. */
  public Optional<LocalDate> dateOf(TimePoint p) {
    if (p.date().isPresent()) {
      return p.date();
    }
    if (p.monthDay().isPresent() && year.isPresent()) {
      return Optional.of(p.monthDay().get().atYear(year.get()));
    }
    return Optional.empty();
  }

  /** The moment a point with a clock time stands for; empty when it has no time. */
  public Optional<Moment> momentOf(TimePoint p) {
    if (p.time().isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = dateOf(p).or(() -> date);
    LocalDateTime local = LocalDateTime.of(d.orElse(Moment.UNDATED), p.time().get());
    Optional<ZoneMention> z = p.zone().or(() -> zone);
    return Optional.of(
        new Moment(local, d.isPresent(), z.map(m -> m.offsetAt(local)), z.map(ZoneMention::asWritten).orElse("")));
  }

  /** This context after reading a point: its date and zone, where it has them, come into force. */
  public MomentContext after(TimePoint p) {
    Optional<LocalDate> d = dateOf(p);
    return new MomentContext(
        d.or(() -> date), d.map(LocalDate::getYear).or(() -> year), p.zone().or(() -> zone));
  }

  /** This context with another zone in force. */
  public MomentContext withZone(Optional<ZoneMention> z) {
    return new MomentContext(date, year, z.or(() -> zone));
  }
}
