package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.ZoneMention;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The date, year and zone a document states outside its timeline (title, summary, duration,
 * impact), which undated or zoneless time stamps elsewhere inherit.
 */
public final class StatedContext {

  /** Sections whose text states the incident's when, in reading order of trust. */
  static final Set<SectionKind> STATING = EnumSet.of(SectionKind.SUMMARY, SectionKind.DURATION, SectionKind.IMPACT, SectionKind.OTHER, SectionKind.ROOT_CAUSE, SectionKind.DETECTION, SectionKind.RESOLUTION);

  private static final java.util.regex.Pattern METADATA = java.util.regex.Pattern.compile(
      "(?i)\\b(?:modified|edited|updated|published|written|created|reviewed|posted|authored|drafted|approved|changed)\\b(?:\\W+\\w+){0,4}\\W*$");

  private StatedContext() {}

  /** The context a document's own statements set up, before reading its timeline. */
  public static MomentContext of(Postmortem pm, TimeExpressionParser times) {
    Optional<LocalDate> date = Optional.empty();
    Optional<Integer> year = Optional.empty();
    Optional<ZoneMention> zone = Optional.empty();
    List<String> texts =
        Stream.concat(
                Stream.of(pm.title()),
                pm.outline().sections().stream()
                    .filter(s -> STATING.contains(s.kind()))
                    .flatMap(s -> Stream.concat(Stream.of(s.heading()), s.blocks().stream().map(Block::text))))
            .toList();
    for (String text : texts) {
      for (TimePoint p : times.scan(text).points()) {
        if (METADATA.matcher(text.substring(Math.max(0, p.start() - 40), p.start())).find()) {
          continue; // "last edited March 14" dates the page, not the incident
        }
        if (date.isEmpty() && p.date().isPresent()) {
          date = p.date();
        }
        if (year.isEmpty() && p.date().isPresent()) {
          year = Optional.of(p.date().get().getYear());
        }
        if (zone.isEmpty() && p.zone().isPresent()) {
          zone = p.zone();
        }
      }
    }
    if (date.isEmpty() || zone.isEmpty()) {
      // Timelines often carry the zone or date that the summary leaves out.
      for (Block b : pm.outline().sectionsOf(SectionKind.TIMELINE).flatMap(s -> s.blocks().stream()).toList()) {
        for (TimePoint p : times.scan(b.text()).points()) {
          if (zone.isEmpty() && p.zone().isPresent() && p.hasTime()) {
            zone = p.zone();
          }
          if (year.isEmpty() && p.date().isPresent()) {
            year = Optional.of(p.date().get().getYear());
          }
        }
      }
    }
    return new MomentContext(date, year, zone);
  }
}
