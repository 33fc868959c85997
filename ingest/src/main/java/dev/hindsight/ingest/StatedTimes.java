package dev.hindsight.ingest;

import dev.hindsight.ingest.time.DurationMention;
import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.TimeRange;
import dev.hindsight.ingest.time.TimeScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What a postmortem states about its own times outside the timeline: Start/End/Detected lines, a
 * range in the summary ("from 10:00 AM to 12:30 PM"), a time of restoration ("back to normal at
 * 11.05am"), a lone time in the summary, a stated length ("lasted about 2 hours"), and figures
 * such as "Time to detection: 8 minutes".
 *
 * <p>The fields are left mutable for {@link IncidentWindowResolver}, which overrules statements
 * the timeline contradicts.
 */
final class StatedTimes {

  private static final Pattern START_LABEL = Pattern.compile(
      "(?i)^\\W*(?:outage |incident |issue |downtime )?(?:start(?:ed|ing)?(?: time| date)?|began|begin(?:ning)?|onset)\\s*(?:time)?\\s*[:\\-–]");
  private static final Pattern END_LABEL = Pattern.compile(
      "(?i)^\\W*(?:outage |incident |issue |downtime )?(?:end(?:ed|ing)?(?: time| date)?|resolved(?: at| time)?|resolution time|restored(?: at)?|recovery time|finish(?:ed)?)\\s*[:\\-–]");
  private static final Pattern DETECT_LABEL = Pattern.compile(
      "(?i)^\\W*(?:detection|detected|discovery|discovered)(?: time| at| on)?\\s*[:\\-–]");
  static final Pattern TTD_LABEL = Pattern.compile(
      "(?i)(?:time[- ]to[- ]detect(?:ion)?|\\bTTD\\b|detection (?:time|delay|lag))\\s*(?:\\(\\w+\\))?\\s*(?:was|of|:|-|–|=)?\\s*$");
  static final Pattern TTR_LABEL = Pattern.compile(
      "(?i)(?:time[- ]to[- ](?:recover(?:y)?|resolve|resolution|restore|restoration|mitigat(?:e|ion))|\\bMTTR\\b|\\bTTR\\b)\\s*(?:\\(\\w+\\))?\\s*(?:was|of|:|-|–|=)?\\s*$");
  /** Words before a length of time that make it the outage's length. */
  private static final Pattern DURATION_LEAD = Pattern.compile(
      "(?i)(?:lasted|lasting|last(?:s|ing)? for|duration|total of|down(?:time)?(?: for| of)?|outage (?:of|for|lasted)|"
          + "for|over a period of|spanning|unavailable for|disrupted for|offline for|took|persisted for|so|which is|that is|in all)\\W*(?:approximately|about|around|roughly|nearly|almost|over|~|some|just)?\\W*$");
  /** Words after a length of time that make it the outage's length ("an hour and a half in total"). */
  private static final Pattern DURATION_TAIL = Pattern.compile("(?i)^\\W*(?:in total|in all|altogether|of (?:downtime|outage|disruption|impact))\\b");

  /** Restoration words just before a time: "back to normal at", "restored by", "resolved at". */
  private static final Pattern RESTORED_AT = Pattern.compile(
      "(?i)\\b(?:restored|recovered|resolved|back (?:up|online|to normal)|fully (?:operational|functional)|normal(?:ly)?|fixed|mitigated)\\b[^.;]{0,25}\\b(?:at|by|around|from)\\W+(?:approximately |about |around )?$");

  /** "shortly before midnight", "until after 1 AM": a bound, not the start. */
  private static final Pattern HEDGED_TIME = Pattern.compile("(?i)\\b(?:before|after|until|till|by|since|past)\\W+(?:\\w+\\W+)?$");


  Optional<Moment> start = Optional.empty();
  Optional<Moment> end = Optional.empty();
  Optional<Moment> detected = Optional.empty();
  boolean endFromSameRange;
  OptionalLong duration = OptionalLong.empty();
  boolean durationApproximate;
  OptionalLong timeToDetect = OptionalLong.empty();
  OptionalLong timeToResolve = OptionalLong.empty();

  private StatedTimes() {}


  /** What a document states outside its timeline; doubtful statements add warnings. */
  static StatedTimes read(Postmortem pm, TimeExpressionParser times, List<Warning> warnings) {
    StatedTimes s = new StatedTimes();
    MomentContext context = StatedContext.of(pm, times);
    List<Section> statingSections =
        pm.outline().sections().stream().filter(sec -> StatedContext.STATING.contains(sec.kind())).toList();
    List<Block> lines = new ArrayList<>();
    for (Section sec : statingSections) {
      if (sec.heading().split("\\s+").length > 8) {
        // A whole sentence set as a heading ("#### On August 15, 2024, at 00:00 hours, ...").
        lines.add(Block.text(sec.heading(), 0));
      }
      if (sec.kind() == SectionKind.DETECTION && !sec.blocks().isEmpty()) {
        // "Detection Time: ..." as a heading, the time as its first line.
        Block first = sec.blocks().get(0);
        lines.add(new Block(first.kind(), "Detected: " + first.text(), first.depth(), List.of(), first.lineNumber(), false, ""));
        lines.addAll(sec.blocks().subList(1, sec.blocks().size()));
      } else {
        lines.addAll(sec.blocks());
      }
    }
    // Figures may sit anywhere ("Time to detection: 8 minutes" in a metrics table).
    for (Block b : pm.outline().blocks().toList()) {
      TimeScan scan = times.scan(b.text());
      for (DurationMention d : scan.durations()) {
        String before = b.text().substring(0, d.start());
        if (s.timeToDetect.isEmpty() && TTD_LABEL.matcher(before).find()) {
          s.timeToDetect = OptionalLong.of(d.duration().toMinutes());
        } else if (s.timeToResolve.isEmpty() && TTR_LABEL.matcher(before).find()) {
          s.timeToResolve = OptionalLong.of(d.duration().toMinutes());
        }
      }
    }
    // Labelled Start/End/Detected lines.
    MomentContext ctx = context;
    for (Block b : lines) {
      String text = b.text();
      TimeScan scan = times.scan(text);
      Optional<TimePoint> point = scan.points().stream().filter(TimePoint::hasTime).findFirst();
      if (point.isPresent()) {
        if (s.start.isEmpty() && START_LABEL.matcher(text).find()) {
          s.start = ctx.momentOf(point.get());
        } else if (s.end.isEmpty() && END_LABEL.matcher(text).find()) {
          s.end = ctx.momentOf(point.get());
        } else if (s.detected.isEmpty() && DETECT_LABEL.matcher(text).find()) {
          s.detected = ctx.momentOf(point.get());
        }
      }
      for (TimePoint p : scan.points()) {
        ctx = ctx.after(p);
      }
    }
    // A range in the stated text: "from 10:00 AM to 12:30 PM", "April 10, 10:30 AM - 12:00 PM (UTC-5)".
    if (s.start.isEmpty() || s.end.isEmpty()) {
      ctx = context;
      outer:
      for (Block b : lines) {
        TimeScan scan = times.scan(b.text());
        for (TimeRange r : scan.ranges()) {
          if (r.from().hasTime() && r.to().hasTime()) {
            MomentContext fromCtx = ctx.withZone(r.to().zone());
            Optional<Moment> from = fromCtx.momentOf(r.from());
            MomentContext toCtx = fromCtx.after(r.from());
            Optional<Moment> to = toCtx.momentOf(r.to());
            if (s.start.isEmpty()) {
              s.start = from;
            }
            if (s.end.isEmpty()) {
              s.end = to;
              s.endFromSameRange = true;
            }
            break outer;
          }
        }
        for (TimePoint p : scan.points()) {
          ctx = ctx.after(p);
        }
      }
    }
    // "... back to normal at 11.05am": a time right after words of restoration ends the incident.
    if (s.end.isEmpty()) {
      ctx = context;
      outer:
      for (Block b : lines) {
        TimeScan scan = times.scan(b.text());
        for (TimePoint p : scan.points()) {
          String before = b.text().substring(Math.max(0, p.start() - 45), p.start());
          if (p.hasTime() && RESTORED_AT.matcher(before).find()) {
            s.end = ctx.momentOf(p);
            break outer;
          }
          ctx = ctx.after(p);
        }
      }
    }
    // A lone time in the summary ("At approximately 7:30 pm (CST), the web server went down").
    if (s.start.isEmpty()) {
      ctx = context;
      outer:
      for (Section sec : statingSections) {
        if (sec.kind() != SectionKind.SUMMARY && sec.kind() != SectionKind.DURATION) {
          continue;
        }
        List<Block> candidates = new ArrayList<>(sec.blocks());
        if (sec.heading().split("\\s+").length > 8) {
          candidates.add(0, Block.text(sec.heading(), 0));
        }
        for (Block b : candidates) {
          TimeScan scan = times.scan(b.text());
          for (TimePoint p : scan.points()) {
            if (p.hasTime() && !DETECT_LABEL.matcher(b.text()).find() && !HEDGED_TIME.matcher(b.text().substring(0, p.start())).find()) {
              s.start = ctx.momentOf(p);
              break outer;
            }
            ctx = ctx.after(p);
          }
        }
      }
    }
    // A stated length: "Duration: 2 hours and 45 minutes", "lasted approximately 4 hours".
    for (Section sec : statingSections) {
      if (sec.kind() != SectionKind.SUMMARY && sec.kind() != SectionKind.DURATION && sec.kind() != SectionKind.IMPACT) {
        continue; // "cache errors for a full day" in a root cause is not the outage's length
      }
      for (Block b : sec.blocks()) {
        if (s.duration.isPresent()) {
          break;
        }
        TimeScan scan = times.scan(b.text());
        for (DurationMention d : scan.durations()) {
          String before = b.text().substring(0, d.start());
          boolean inDurationSection = sec.kind() == SectionKind.DURATION;
          if (TTD_LABEL.matcher(before).find() || TTR_LABEL.matcher(before).find()) {
            continue;
          }
          if (inDurationSection || DURATION_LEAD.matcher(before).find() || DURATION_TAIL.matcher(b.text().substring(d.end())).find()) {
            s.duration = OptionalLong.of(d.duration().toMinutes());
            s.durationApproximate = d.approximate();
            break;
          }
        }
      }
    }
    if (s.start.isPresent() && s.end.isPresent()) {
      Moment end = s.start.get().lift(s.end.get());
      if (s.start.get().minutesUntil(end) < 0) {
        warnings.add(new Warning("end-before-start",
            "the stated end " + Moment.readable(s.end.get()) + " is before the stated start " + Moment.readable(s.start.get()) + "; the end is ignored"));
        s.end = Optional.empty();
      } else {
        s.end = Optional.of(end);
      }
    }
    return s;
  }
}
