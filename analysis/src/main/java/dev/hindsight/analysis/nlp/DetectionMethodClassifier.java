package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Lexicon;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.SectionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Says how an incident came to light (monitoring, customer-report, manual, unknown) from the
 * earliest sentence that talks about its detection.
 *
 * <p>The earliest signal counts: users reporting at 2:00 PM and alerts at 2:15 PM is a customer
 * report. A detection sentence that names no method ("the outage was detected at 3 PM") gives
 * unknown rather than a guess.
 */
public final class DetectionMethodClassifier implements IncidentStage {

  private static final Lexicon CUES = Lexicon.load("/dev/hindsight/analysis/nlp/detection-methods.tsv");
  // One vocabulary of detection signals, shared with the ingest stage that dates the detection.
  private static final Lexicon SIGNALS = Lexicon.load("/dev/hindsight/ingest/timeline-cues.tsv");
  private static final List<String> METHODS = List.of("monitoring", "customer-report", "manual");
  private static final Set<SectionKind> WHERE_DETECTION_IS_TOLD = EnumSet.of(
      SectionKind.SUMMARY, SectionKind.DETECTION, SectionKind.TIMELINE, SectionKind.IMPACT, SectionKind.DURATION, SectionKind.OTHER);

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    Postmortem pm = incident.postmortem().get();
    List<Candidate> candidates = new ArrayList<>();
    List<Sentence> sentences = incident.enrichment().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (!WHERE_DETECTION_IS_TOLD.contains(s.section())) {
        continue; // "add alerts for X" is a plan, and a root cause rarely says how it was found
      }
      boolean inDetection = s.section() == SectionKind.DETECTION;
      if (!inDetection && !SIGNALS.matches("detect", s.text())) {
        continue;
      }
      boolean explicit = inDetection || CUES.matches("explicit", s.text());
      if (negated(s.text()) || CUES.matches("plan", s.text())) {
        continue; // "Nobody was paged" or "we will alert on X" say how it was not found
      }
      Optional<Moment> at = s.timelineIndex() >= 0 ? pm.timeline().get(s.timelineIndex()).at() : Optional.empty();
      candidates.add(new Candidate(s, i, at, explicit));
    }
    Detection detection = Detection.UNKNOWN;
    // 1. What the document says outright ("Detection method: ...", "detected through alerts").
    Optional<Detection> found = candidates.stream().filter(c -> c.explicit)
        .map(c -> classify(c.sentence)).flatMap(Optional::stream).findFirst();
    // 2. Else the earliest time-stamped signal: its method, or unknown if it names none.
    if (found.isEmpty()) {
      Optional<Candidate> earliest = candidates.stream().filter(c -> c.at.isPresent())
          .min(Comparator.comparing((Candidate c) -> c.at.get().local()).thenComparingInt(c -> c.order));
      if (earliest.isPresent()) {
        found = classify(earliest.get().sentence).or(() -> Optional.of(new Detection(
            "unknown", earliest.get().sentence.text(), "the earliest detection sentence names no method")));
      }
    }
    // 3. Else the first signal sentence anywhere that names a method.
    if (found.isEmpty()) {
      found = candidates.stream().map(c -> classify(c.sentence)).flatMap(Optional::stream).findFirst();
    }
    detection = found.orElse(Detection.UNKNOWN);
    Detection chosen = detection;
    return incident.with(e -> e.withDetection(chosen));
  }

  /** "Nobody was paged" is no signal; "nobody noticed until a customer called" is one. */
  private static boolean negated(String text) {
    return CUES.matches("negated", text) && !CUES.matches("until", text);
  }

  private static Optional<Detection> classify(Sentence s) {
    String method = null;
    int at = Integer.MAX_VALUE;
    String cue = "";
    String text = s.text();
    for (String key : METHODS) {
      Optional<Matcher> m = CUES.find(key, text);
      if (m.isPresent() && m.get().start() < at) {
        method = key;
        at = m.get().start();
        cue = m.get().group();
      }
    }
    if (method == null) {
      Optional<Matcher> weak = CUES.find("manual-weak", text);
      if (weak.isPresent()) {
        return Optional.of(new Detection("manual", s.text(), "cue '" + weak.get().group() + "'"));
      }
    }
    return method == null
        ? Optional.empty()
        : Optional.of(new Detection(method, s.text(), "cue '" + cue + "'"));
  }

  private record Candidate(Sentence sentence, int order, Optional<Moment> at, boolean explicit) {}
}
