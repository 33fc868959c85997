package dev.hindsight.ingest.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A time zone as the author wrote it and the zone it stands for.
 *
 * @param asWritten the text, e.g. "PST", "UTC-5", "Central African Time (CAT)"
 * @param zone a fixed offset ("PST" is -08:00) or a region when the text names no season ("PT")
 * @param ambiguous true when the abbreviation has several common readings ("IST", "CST", "BST")
 */
public record ZoneMention(String asWritten, ZoneId zone, boolean ambiguous) {

  public ZoneMention {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(zone, "zone");
  }

  /** The offset in force at a local date-time (matters only for region zones). */
  public ZoneOffset offsetAt(LocalDateTime local) {
    return zone.getRules().getOffset(local);
  }
}
