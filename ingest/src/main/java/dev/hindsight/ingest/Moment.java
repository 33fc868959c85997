package dev.hindsight.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A moment of an incident as far as the document pins it down.
 *
 * <p>Many postmortems give clock times but no date. Such a moment sits on a placeholder day
 * ({@link #UNDATED}, plus whole days when a timeline crosses midnight) so that minutes between
 * moments can still be counted; it is never printed as a date.
 *
 * @param local the local date-time (on the placeholder day when {@code dated} is false)
 * @param dated whether the document gives the calendar date
 * @param offset the UTC offset, when the document gives a zone
 * @param zoneAsWritten the zone text as written ("PST", "UTC-5"), or "" when none
 */
public record Moment(LocalDateTime local, boolean dated, Optional<ZoneOffset> offset, String zoneAsWritten) {

  /** The placeholder day of undated moments. */
  public static final LocalDate UNDATED = LocalDate.of(1970, 1, 1);

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  public Moment {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(zoneAsWritten, "zoneAsWritten");
  }

  /** Whole minutes from this moment to a later one (negative when {@code later} is earlier). */
  public long minutesUntil(Moment later) {
    if (offset.isPresent() && later.offset.isPresent()) {
      return Duration.between(local.toInstant(offset.get()), later.local.toInstant(later.offset.get())).toMinutes();
    }
    return Duration.between(local, later.local).toMinutes();
  }

  /** This moment moved by whole minutes, keeping zone and datedness. */
  public Moment plusMinutes(long minutes) {
    return new Moment(local.plusMinutes(minutes), dated, offset, zoneAsWritten);
  }

  /** The same wall-clock time one day later (a timeline that crossed midnight). */
  public Moment nextDay() {
    return new Moment(local.plusDays(1), dated, offset, zoneAsWritten);
  }

  /**
   * A later moment read as such: a clock time that falls before this one on the same day (or with
   * no date) belongs to the next day, as when a timeline crosses midnight. A couple of minutes
   * early is kept as written (a slightly out-of-order entry).
   */
  public Moment lift(Moment m) {
    Moment out = m;
    if (minutesUntil(out) < 0 && (!out.dated || out.local.toLocalDate().equals(local.toLocalDate()))) {
      if (minutesUntil(out) >= -2) {
        return out;
      }
      while (minutesUntil(out) < 0) {
        out = out.nextDay();
      }
    }
    return out;
  }

  /** For messages: ISO-8601 when dated, else the clock time. */
  public static String readable(Moment m) {
    return m.iso().orElse(m.local.toLocalTime().toString());
  }

  /** ISO-8601 to the minute, with the offset when known; empty when the date is unknown. */
  public Optional<String> iso() {
    if (!dated) {
      return Optional.empty();
    }
    String base = local.format(MINUTES);
    return Optional.of(offset.map(o -> base + (o.getTotalSeconds() == 0 ? "+00:00" : o.getId())).orElse(base));
  }
}
