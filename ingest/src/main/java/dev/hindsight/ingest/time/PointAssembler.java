package dev.hindsight.ingest.time;

import dev.hindsight.ingest.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Joins a date, a clock time and a zone written next to each other into one {@link TimePoint}. */
final class PointAssembler {

  // Words that may stand between the parts of one point: "at 10:15 on 3 March", "2024-07-22T12:00",
  // "the 3rd of March at 2100 hrs".
  private static final Set<String> JOINING_WORDS = Set.of("at", "on", "of", "hrs", "t", "the");
  private static final int MAX_DATE_TIME_GAP = 16;
  private static final int MAX_ZONE_GAP = 3;

  private enum Kind { DATE, CLOCK, ZONE }

  private record Part(Kind kind, int start, int end, Object hit) {}

  /** Points in order of appearance; a zone with no clock time beside it is dropped. */
  List<TimePoint> assemble(String text, List<DateReader.Hit> dates, List<ClockReader.Hit> clocks,
      List<ZoneReader.Hit> zones) {
    List<Part> parts = new ArrayList<>(dates.size() + clocks.size() + zones.size());
    dates.forEach(d -> parts.add(new Part(Kind.DATE, d.start(), d.end(), d)));
    clocks.forEach(c -> parts.add(new Part(Kind.CLOCK, c.start(), c.end(), c)));
    zones.forEach(z -> parts.add(new Part(Kind.ZONE, z.start(), z.end(), z)));
    parts.sort(Comparator.comparingInt(Part::start));

    List<TimePoint> points = new ArrayList<>();
    Group group = null;
    for (Part part : parts) {
      if (group != null && group.accepts(text, part)) {
        group.add(part);
        continue;
      }
      if (group != null) {
        group.emit(points);
      }
      group = new Group();
      group.add(part);
    }
    if (group != null) {
      group.emit(points);
    }
    return points;
  }

  /** Parts gathered for one point. */
  private static final class Group {
    private int start = Integer.MAX_VALUE;
    private int end = -1;
    private DateReader.Hit date;
    private ClockReader.Hit clock;
    private ZoneReader.Hit zone;

    boolean accepts(String text, Part part) {
      return switch (part.kind()) {
        case DATE -> date == null
            && (clock != null ? dateTimeGap(text, end, part.start()) : zone != null && zoneGap(text, end, part.start()));
        case CLOCK -> acceptsClock(text, (ClockReader.Hit) part.hit());
        case ZONE -> zone == null && (clock == null || clock.zone() == null)
            && (clock != null || date != null) && zoneGap(text, end, part.start());
      };
    }

    private boolean acceptsClock(String text, ClockReader.Hit hit) {
      if (clock != null || (hit.zone() != null && zone != null)) {
        return false;
      }
      if (date != null) {
        return dateTimeGap(text, end, hit.start());
      }
      // a zone written first: "UTC 10:45", "(PST) 9:00"; not a lone "Z", and not across a comma, which
      // usually ends the previous phrase ("version 2 UTC, 10:00")
      return zone != null && zone.mention().asWritten().length() > 1 && zoneGap(text, end, hit.start())
          && text.lastIndexOf(',', hit.start() - 1) < end;
    }

    void add(Part part) {
      start = Math.min(start, part.start());
      end = Math.max(end, part.end());
      switch (part.kind()) {
        case DATE -> date = (DateReader.Hit) part.hit();
        case CLOCK -> clock = (ClockReader.Hit) part.hit();
        case ZONE -> zone = (ZoneReader.Hit) part.hit();
      }
    }

    void emit(List<TimePoint> points) {
      if (clock == null) {
        // a zone counts only beside a clock time; the date keeps its own span
        if (date != null) {
          points.add(new TimePoint(date.start(), date.end(), Optional.ofNullable(date.date()),
              Optional.ofNullable(date.monthDay()), Optional.empty(), Optional.empty(), date.warnings()));
        }
        return;
      }
      List<Warning> warnings = new ArrayList<>(0);
      if (date != null) {
        warnings.addAll(date.warnings());
      }
      warnings.addAll(clock.warnings());
      ZoneMention mention = zone != null ? zone.mention() : clock.zone();
      points.add(new TimePoint(start, end,
          date == null ? Optional.empty() : Optional.ofNullable(date.date()),
          date == null ? Optional.empty() : Optional.ofNullable(date.monthDay()),
          Optional.of(clock.time()), Optional.ofNullable(mention), warnings));
    }
  }

  private static boolean dateTimeGap(String text, int from, int to) {
    if (to - from > MAX_DATE_TIME_GAP) {
      return false;
    }
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '(' || c == ')' || c == '@') {
        i++;
      } else if (Character.isLetter(c)) {
        int wordEnd = i;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
          wordEnd++;
        }
        if (!JOINING_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
          return false;
        }
        i = wordEnd;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean zoneGap(String text, int from, int to) {
    if (to - from > MAX_ZONE_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != '(' && c != ')') {
        return false;
      }
    }
    return true;
  }
}
