package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Decides when an incident started, was detected and ended, as a careful reader would.
 *
 * <p>What the document states (Start/End lines, a range in the summary, a start plus "lasted 2
 * hours", "Time to detection: 8 minutes") comes first; the timeline fills what is missing and
 * checks what is stated. Where the two disagree the choice is made by rule and said in a
 * {@code conflicting-times} warning:
 * <ul>
 *   <li>a stated start twelve hours off the timeline's first entry is an AM/PM slip: the
 *       timeline's reading is kept;
 *   <li>a timeline entry that says service was restored, earlier than a stated end that no
 *       timeline entry marks as the resolution, ends the incident;
 *   <li>a stated duration that disagrees with a stated window wins only when the timeline's last
 *       entry confirms it.
 * </ul>
 */
public final class IncidentWindowResolver implements PostmortemStage {

  private static final Lexicon CUES = Lexicon.load("/dev/hindsight/ingest/timeline-cues.tsv");

  private static final Pattern DETECTION_SENTENCE = Pattern.compile(
      "(?i)\\b(?:encountered|noticed|detected|discovered|spotted|became aware|found out|first heard|first reported|was reported|were alerted|got alerted|received (?:an? )?(?:alert|page|report))\\b");

  private static final long SLIP_MINUTES = 12 * 60;
  private static final long TOLERANCE_MINUTES = 2;

  private final TimeExpressionParser times;

  public IncidentWindowResolver(TimeExpressionParser times) {
    this.times = times;
  }

  @Override
  public Postmortem apply(Postmortem pm) {
    List<Warning> warnings = new ArrayList<>();
    StatedTimes stated = StatedTimes.read(pm, times, warnings);
    List<TimelineEntry> timed = pm.timeline().stream().filter(e -> e.at().isPresent()).toList();

    Optional<Moment> start = stated.start;
    Optional<Moment> end = stated.end;

    // Start: stated, else the first time stamp of the timeline.
    if (start.isPresent() && !timed.isEmpty()) {
      Moment first = timed.get(0).at().get();
      long gap = Math.abs(start.get().minutesUntil(first));
      if (gap == SLIP_MINUTES) {
        warnings.add(new Warning("conflicting-times",
            "the summary's start " + Moment.readable(start.get()) + " is twelve hours off the timeline's first entry "
                + Moment.readable(first) + "; took the timeline's (an AM/PM slip)"));
        Moment fixed = start.get().plusMinutes(start.get().minutesUntil(first));
        if (end.isPresent() && Math.abs(end.get().minutesUntil(fixed)) > 0 && stated.endFromSameRange) {
          end = Optional.of(end.get().plusMinutes(start.get().minutesUntil(first)));
        }
        start = Optional.of(fixed);
      }
    }
    if (start.isPresent() && !start.get().dated() && !timed.isEmpty() && timed.get(0).at().get().dated()) {
      warnings.add(new Warning("conflicting-times",
          "the summary's window has no date but the timeline's entries are dated; took the timeline's"));
      start = Optional.empty();
      end = Optional.empty();
      stated.end = Optional.empty();
    }
    boolean startFromTimeline = start.isEmpty() && !timed.isEmpty();
    if (startFromTimeline) {
      start = timed.get(0).at();
    }
    Optional<TimelineEntry> timelineDetection = timed.stream().filter(e -> CUES.matches("detect", e.text())).findFirst();
    if (start.isPresent() && !startFromTimeline) {
      // An entry before the stated start that says the failure began: the summary used alert times.
      Moment stated0 = start.get();
      Optional<TimelineEntry> onset = timed.stream()
          .filter(e -> stated0.minutesUntil(e.at().get()) < 0 && stated0.minutesUntil(e.at().get()) > -SLIP_MINUTES)
          .filter(e -> CUES.matches("onset", e.text())).findFirst();
      if (onset.isPresent()) {
        warnings.add(new Warning("conflicting-times",
            "the summary's start " + Moment.readable(stated0) + " is after the timeline's '" + excerpt(onset.get().text()) + "' at "
                + Moment.readable(onset.get().at().get()) + "; took the timeline's"));
        start = onset.get().at();
      }
    }
    if (start.isPresent() && stated.timeToDetect.isPresent() && timelineDetection.isPresent()) {
      // "Time to detection: 65 minutes" counted back from the detection entry lands on the real start.
      Moment candidate = timelineDetection.get().at().get().plusMinutes(-stated.timeToDetect.getAsLong());
      if (!near(candidate, start.get()) && timed.stream().anyMatch(e -> near(e.at().get(), candidate))) {
        warnings.add(new Warning("conflicting-times",
            "the timeline opens at " + Moment.readable(start.get()) + " but the stated time to detection puts the start at "
                + Moment.readable(candidate) + "; took the latter"));
        start = Optional.of(candidate);
      }
    }
    if (end.isEmpty() && start.isPresent() && stated.duration.isEmpty() && stated.timeToResolve.isPresent()) {
      end = Optional.of(start.get().plusMinutes(stated.timeToResolve.getAsLong()));
    }

    // End: stated, else start plus a stated duration, else the timeline's resolution.
    // Service came back at the first entry that says so; later ones confirm or close.
    Optional<Moment> startAt = start;
    Optional<TimelineEntry> restored = timed.stream()
        .filter(e -> startAt.isEmpty() || startAt.get().minutesUntil(e.at().get()) > 0 || !e.at().get().dated())
        .filter(e -> CUES.matches("restore", e.text())).findFirst()
        .or(() -> lastWith("settle", timed));
    if (stated.duration.isPresent() && stated.durationApproximate && stated.timeToResolve.isPresent()) {
      // "about two hours" against "Time to recovery: 106 minutes": the exact figure wins.
      stated.duration = stated.timeToResolve;
    }
    if (end.isEmpty() && start.isPresent() && stated.duration.isPresent()) {
      end = Optional.of(start.get().plusMinutes(stated.duration.getAsLong()));
    }
    if (end.isEmpty() && timed.size() >= 2) {
      end = restored.or(() -> Optional.of(timed.get(timed.size() - 1))).flatMap(TimelineEntry::at);
    }
    if (start.isPresent() && end.isPresent()) {
      end = Optional.of(start.get().lift(end.get()));
      if (end.get().minutesUntil(start.get()) > 0) {
        end = Optional.empty();
      }
    }
    if (stated.end.isPresent() && end.isPresent() && start.isPresent() && restored.isPresent()) {
      Moment restoredAt = start.get().lift(restored.get().at().get());
      boolean earlier = restoredAt.minutesUntil(end.get()) > TOLERANCE_MINUTES && start.get().minutesUntil(restoredAt) > 0;
      // A resolution entry at the stated end's clock time confirms it (and fixes a mistyped date).
      Optional<TimelineEntry> marking = timed.stream()
          .filter(e -> e.at().get().local().toLocalTime().equals(stated.end.get().local().toLocalTime()) && isResolution(e.text()))
          .findFirst();
      boolean endIsMarked = marking.isPresent() || mentions(pm.timeline(), stated.end.get());
      if (marking.isPresent() && marking.get().at().get().dated() && end.get().dated()
          && !marking.get().at().get().local().toLocalDate().equals(end.get().local().toLocalDate())) {
        Moment fixed = start.get().lift(marking.get().at().get());
        warnings.add(new Warning("conflicting-times",
            "the stated end " + Moment.readable(end.get()) + " disagrees in date with the timeline's entry at " + Moment.readable(fixed) + "; took the timeline's"));
        end = Optional.of(fixed);
      }
      if (earlier && !endIsMarked) {
        warnings.add(new Warning("conflicting-times",
            "the stated end " + Moment.readable(end.get()) + " is later than the timeline's '" + excerpt(restored.get().text())
                + "' at " + Moment.readable(restoredAt) + "; took the timeline's"));
        end = Optional.of(restoredAt);
      }
    }

    // Duration: from the window; a stated one is cross-checked and fills gaps.
    OptionalLong duration = OptionalLong.empty();
    if (start.isPresent() && end.isPresent()) {
      duration = OptionalLong.of(start.get().minutesUntil(end.get()));
      if (stated.duration.isPresent() && Math.abs(stated.duration.getAsLong() - duration.getAsLong()) > Math.max(TOLERANCE_MINUTES, duration.getAsLong() / 10)) {
        Optional<Moment> last = timed.isEmpty() ? Optional.empty() : timed.get(timed.size() - 1).at();
        Moment byDuration = start.get().plusMinutes(stated.duration.getAsLong());
        if (last.isPresent() && near(start.get().lift(last.get()), byDuration)) {
          warnings.add(new Warning("conflicting-times",
              "the stated window is " + duration.getAsLong() + " minutes but the stated duration is "
                  + stated.duration.getAsLong() + " minutes, which the timeline's last entry confirms; took the duration"));
          end = Optional.of(byDuration);
          duration = stated.duration;
        } else {
          warnings.add(new Warning("conflicting-times",
              "the stated duration of " + stated.duration.getAsLong() + " minutes disagrees with the window of "
                  + duration.getAsLong() + " minutes; took the window"));
        }
      }
    } else if (stated.duration.isPresent()) {
      duration = stated.duration;
    } else if (stated.timeToResolve.isPresent()) {
      duration = stated.timeToResolve;
    }

    // Detection: a stated time or figure, else the timeline's first detection cue.
    Optional<Moment> detected = stated.detected;
    if (detected.isEmpty() && start.isPresent() && stated.timeToDetect.isPresent()) {
      detected = Optional.of(start.get().plusMinutes(stated.timeToDetect.getAsLong()));
    }
    if (detected.isEmpty() && timelineDetection.isPresent()) {
      detected = timelineDetection.flatMap(TimelineEntry::at);
      // "At 11:50 PM traffic jumped ... The alert fired at 11:52 PM": the sentence's own time wins.
      Optional<Moment> own = detectionTimeIn(timelineDetection.get().text(), detected.get());
      if (own.isPresent()) {
        detected = own;
      }
    }
    if (detected.isEmpty()) {
      detected = detectionSentence(pm);
    }
    OptionalLong ttd = OptionalLong.empty();
    if (detected.isPresent() && start.isPresent() && detected.get().dated() != start.get().dated()) {
      detected = Optional.empty(); // one clock has a date and the other not: no honest difference
    }
    if (detected.isPresent() && end.isPresent() && end.get().minutesUntil(detected.get()) > 0
        && start.isPresent() && start.get().minutesUntil(detected.get().plusMinutes(-24 * 60)) >= -TOLERANCE_MINUTES) {
      // A clock time read on the day after the end belongs to the incident's own day.
      detected = Optional.of(detected.get().plusMinutes(-24 * 60));
    }
    if (detected.isPresent() && start.isPresent()) {
      long minutes = start.get().minutesUntil(start.get().lift(detected.get()));
      if (minutes < 0) {
        warnings.add(new Warning("detected-before-start",
            "detection at " + Moment.readable(detected.get()) + " comes before the stated start " + Moment.readable(start.get()) + "; time to detect taken as 0"));
        minutes = 0;
      }
      if (stated.timeToDetect.isPresent() && Math.abs(stated.timeToDetect.getAsLong() - minutes) > TOLERANCE_MINUTES) {
        warnings.add(new Warning("conflicting-times",
            "the stated time to detection of " + stated.timeToDetect.getAsLong() + " minutes disagrees with the timeline's "
                + minutes + "; took the stated figure"));
        minutes = stated.timeToDetect.getAsLong();
      }
      ttd = OptionalLong.of(minutes);
    } else if (stated.timeToDetect.isPresent()) {
      ttd = stated.timeToDetect;
    }
    if (stated.timeToResolve.isPresent() && duration.isPresent()
        && Math.abs(stated.timeToResolve.getAsLong() - duration.getAsLong()) > Math.max(TOLERANCE_MINUTES, duration.getAsLong() / 10)) {
      warnings.add(new Warning("conflicting-times",
          "the stated time to recovery of " + stated.timeToResolve.getAsLong() + " minutes disagrees with the window's "
              + duration.getAsLong()));
    }
    if (start.isPresent() && !start.get().dated()) {
      warnings.add(new Warning("no-date", "the document gives clock times but no date; start and end are left empty"));
    }
    if (start.isPresent() && start.get().offset().isEmpty()) {
      warnings.add(new Warning("no-time-zone", "the document gives no time zone; times are local"));
    }
    String zone = start.map(Moment::zoneAsWritten).orElse("");
    IncidentWindow window = new IncidentWindow(start, end, detected, zone, duration, ttd);
    return pm.withWindow(window).warn(warnings);
  }

  private static boolean isResolution(String text) {
    return CUES.matches("restore", text) || CUES.matches("settle", text);
  }

  /** True when some timeline text mentions the moment's clock time ("complete recovery by 1:30 PM"). */
  private boolean mentions(List<TimelineEntry> entries, Moment m) {
    for (TimelineEntry e : entries) {
      for (TimePoint p : times.scan(e.text()).points()) {
        if (p.time().isPresent() && p.time().get().equals(m.local().toLocalTime())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The clock time written in the sentence of an entry that carries its detection cue, if any. */
  private Optional<Moment> detectionTimeIn(String text, Moment entryAt) {
    for (String sentence : text.split("(?<=[.!?;])\\s+")) {
      if (!CUES.matches("detect", sentence)) {
        continue;
      }
      Optional<TimePoint> p = times.scan(sentence).points().stream().filter(TimePoint::hasTime).findFirst();
      if (p.isEmpty()) {
        return Optional.empty();
      }
      LocalTime clock = p.get().time().get();
      Moment m = new Moment(LocalDateTime.of(entryAt.local().toLocalDate(), clock), entryAt.dated(), entryAt.offset(), entryAt.zoneAsWritten());
      return Optional.of(entryAt.lift(m));
    }
    return Optional.empty();
  }

  /** A sentence anywhere that says the issue was noticed at a time ("found it at roughly 19:20 PST"). */
  private Optional<Moment> detectionSentence(Postmortem pm) {
    MomentContext ctx = StatedContext.of(pm, times);
    for (Block b : pm.outline().blocks().toList()) {
      for (String sentence : b.text().split("(?<=[.!?])\\s+")) {
        if (!DETECTION_SENTENCE.matcher(sentence).find()) {
          continue;
        }
        Optional<TimePoint> p = times.scan(sentence).points().stream().filter(TimePoint::hasTime).findFirst();
        if (p.isPresent()) {
          return ctx.momentOf(p.get());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean near(Moment a, Moment b) {
    return Math.abs(a.minutesUntil(b)) <= TOLERANCE_MINUTES;
  }

  private static Optional<TimelineEntry> lastWith(String cue, List<TimelineEntry> entries) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (CUES.matches(cue, entries.get(i).text())) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  private static String excerpt(String text) {
    return text.length() <= 50 ? text : text.substring(0, 47) + "...";
  }
}
