package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.TimeScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads timeline entries from bullets ({@code - **10:00 AM:** text}), plain lines
 * ({@code 12:00 PM: text}), table rows ({@code | 2021-06-22 08:21 | event |}) and, when a document
 * has no timeline section, from prose ("At 10:15 the team...").
 *
 * <p>Dates and zones carry forward from entry to entry; a time that jumps back by hours is read as
 * the next day (a timeline that crossed midnight), a short jump back is kept and warned about.
 */
public final class TimelineParser implements PostmortemStage {

  /** Words that may stand before a leading time stamp. */
  private static final Pattern LEAD_IN =
      Pattern.compile("(?i)^(?:[\\s*•>\\-–—(\\[\\p{So}\\p{Sk}]|:[a-z0-9_+-]+:)*(?:(?:at|around|approx\\.?|approximately|about|by|on|~|circa|time)\\s*:?\\s*)*$");

  private static final Pattern SEPARATORS = Pattern.compile("^[\\s:\\-–—|)\\].,]+");

  private static final Pattern PROSE_LEAD = Pattern.compile("(?i)^(?:at|by|around|shortly after|just after|just before)\\s");
  // Compiled once: they are tried at every time found in every timeline line.
  private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.;!]$");
  private static final Pattern LINE_START = Pattern.compile("(?:[\\s*•>\\-–—(\\[\\p{So}\\p{Sk}]|:[a-z0-9_+-]+:)*");
  private static final Pattern SEPARATOR_FIRST = Pattern.compile("(?s)^\\s*(?:[:\\-–—|]|\\)\\s*[:\\-–—]).*");

  // A backward jump larger than this is a new day, not an out-of-order entry.
  private static final long NEXT_DAY_AFTER_MINUTES = 3 * 60;

  private final TimeExpressionParser times;

  public TimelineParser(TimeExpressionParser times) {
    this.times = times;
  }

  @Override
  public Postmortem apply(Postmortem pm) {
    List<Warning> warnings = new ArrayList<>();
    MomentContext context = StatedContext.of(pm, times);
    // Headings inside a timeline may be its time stamps ("#### 00:20:" with bullets under it).
    List<Block> timelineBlocks =
        pm.outline().sectionsOf(SectionKind.TIMELINE)
            .flatMap(s -> java.util.stream.Stream.concat(
                s.heading().isEmpty() || times.scan(s.heading()).points().isEmpty()
                    ? java.util.stream.Stream.empty()
                    : java.util.stream.Stream.of(Block.text(s.heading(), s.blocks().isEmpty() ? 0 : s.blocks().get(0).lineNumber())),
                s.blocks().stream()))
            .toList();
    List<TimelineEntry> entries = fromBlocks(timelineBlocks, context, warnings, false);
    if (entries.stream().noneMatch(e -> e.at().isPresent())) {
      // No usable timeline section: take time-stamped lines from anywhere but the action lists.
      List<Block> all =
          pm.outline().sections().stream()
              .filter(s -> s.kind() != SectionKind.CORRECTIVE_ACTIONS && s.kind() != SectionKind.TASKS)
              .flatMap(s -> s.blocks().stream())
              .toList();
      List<TimelineEntry> stamped = fromBlocks(all, context, new ArrayList<>(), true);
      if (stamped.size() >= 2) {
        entries = stamped;
        warnings.clear();
        fromBlocks(all, context, warnings, true);
      }
    }
    return pm.withTimeline(entries).warn(warnings);
  }

  private List<TimelineEntry> fromBlocks(
      List<Block> blocks, MomentContext start, List<Warning> warnings, boolean stampedOnly) {
    List<TimelineEntry> entries = new ArrayList<>();
    MomentContext context = start;
    Optional<Moment> previous = Optional.empty();
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.CODE || block.kind() == Block.Kind.HEADING) {
        continue;
      }
      List<Stamped> stamps = stamps(block, stampedOnly);
      if (stamps.isEmpty()) {
        if (stampedOnly) {
          continue;
        }
        boolean continues = block.continuation() || block.kind() == Block.Kind.TEXT || block.depth() > 0
            || (!entries.isEmpty() && entries.get(entries.size() - 1).text().isEmpty());
        if (!entries.isEmpty() && continues) {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1).append(block.text()));
        } else if (block.kind() != Block.Kind.ROW || entries.size() > 0) {
          entries.add(new TimelineEntry(Optional.empty(), block.text(), block.lineNumber()));
        }
        continue;
      }
      for (Stamped s : stamps) {
        Optional<Moment> at = context.momentOf(s.point);
        boolean explicitDate = context.dateOf(s.point).isPresent();
        context = context.after(s.point);
        if (at.isPresent() && previous.isPresent()) {
          long back = at.get().minutesUntil(previous.get());
          if (back > NEXT_DAY_AFTER_MINUTES) {
            Moment next = at.get();
            while (previous.get().minutesUntil(next) < 0) {
              next = next.nextDay();
            }
            if (explicitDate) {
              warnings.add(new Warning("conflicting-times",
                  "line " + block.lineNumber() + ": '" + excerpt(block.text()) + "' is dated before the entry above it; read as the next day"));
            }
            at = Optional.of(next);
            Optional<java.time.LocalDate> nextDate = next.dated() ? Optional.of(next.local().toLocalDate()) : Optional.empty();
            context = new MomentContext(nextDate, context.year(), context.zone());
          } else if (back > 0) {
            warnings.add(new Warning("timeline-out-of-order",
                "line " + block.lineNumber() + ": '" + excerpt(block.text()) + "' is earlier than the entry above it"));
          }
        }
        if (at.isPresent()) {
          previous = at;
        }
        entries.add(new TimelineEntry(at, s.text, block.lineNumber()));
      }
    }
    return entries;
  }

  /** A time stamp that opens (part of) a line, and the text it stamps. */
  private record Stamped(TimePoint point, String text) {}

  private List<Stamped> stamps(Block block, boolean prose) {
    if (block.kind() == Block.Kind.ROW) {
      return rowStamp(block);
    }
    String text = block.text();
    TimeScan scan = times.scan(text);
    List<TimePoint> leading = new ArrayList<>();
    for (TimePoint p : scan.points()) {
      if (!p.hasTime()) {
        continue;
      }
      String before = text.substring(0, p.start());
      boolean opensLine = leading.isEmpty() && LEAD_IN.matcher(before).matches();
      boolean opensSentence =
          !leading.isEmpty() && SENTENCE_END.matcher(before.stripTrailing()).matches() && startsWithSeparator(text.substring(p.end()));
      if (opensLine || opensSentence) {
        leading.add(p);
      }
    }
    if (leading.isEmpty()) {
      return List.of();
    }
    boolean atLineStart = LINE_START.matcher(text.substring(0, leading.get(0).start())).matches();
    if (prose && !(atLineStart || PROSE_LEAD.matcher(text).find())) {
      return List.of();
    }
    List<Stamped> out = new ArrayList<>();
    for (int i = 0; i < leading.size(); i++) {
      int from = leading.get(i).end();
      int to = i + 1 < leading.size() ? leading.get(i + 1).start() : text.length();
      String body = SEPARATORS.matcher(text.substring(from, to)).replaceFirst("").strip();
      out.add(new Stamped(leading.get(i), body));
    }
    return out;
  }

  private List<Stamped> rowStamp(Block row) {
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      TimeScan scan = times.scan(cells.get(i));
      Optional<TimePoint> p = scan.points().stream().filter(TimePoint::hasTime).findFirst();
      if (p.isPresent() && p.get().start() <= 2) {
        // A date alone in the previous cell ("| 2024-02-11 | 08:21 | ... |") belongs to this time.
        StringBuilder rest = new StringBuilder();
        for (int j = 0; j < cells.size(); j++) {
          if (j != i && !(j < i && times.scan(cells.get(j)).points().size() == 1 && rest.isEmpty())) {
            if (!rest.isEmpty()) {
              rest.append(" | ");
            }
            rest.append(cells.get(j));
          }
        }
        TimePoint point = p.get();
        if (point.date().isEmpty() && i > 0) {
          Optional<TimePoint> date = times.scan(cells.get(i - 1)).points().stream().filter(q -> q.date().isPresent()).findFirst();
          if (date.isPresent()) {
            point = new TimePoint(point.start(), point.end(), date.get().date(), point.monthDay(), point.time(), point.zone(), point.warnings());
          }
        }
        return List.of(new Stamped(point, rest.toString().strip()));
      }
    }
    return List.of();
  }

  private static boolean startsWithSeparator(String after) {
    return SEPARATOR_FIRST.matcher(after).matches();
  }

  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
