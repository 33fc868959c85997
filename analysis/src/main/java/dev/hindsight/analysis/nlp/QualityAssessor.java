package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Lexicon;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.SectionKind;
import dev.hindsight.ingest.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges how useful a postmortem is: which expected parts it lacks (summary, impact, start-end,
 * timeline, root-cause, resolution, actions) and what is wrong with it (conflicting times, no
 * identifiable cause, a cause that only blames a person).
 */
public final class QualityAssessor implements IncidentStage {

  private static final Lexicon SYSTEMIC = Lexicon.load("/dev/hindsight/analysis/nlp/quality-cues.tsv");
  private static final List<String> PARTS =
      List.of("summary", "impact", "start-end", "timeline", "root-cause", "resolution", "actions");
  private static final double FLAG_PENALTY = 0.1;

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    Postmortem pm = incident.postmortem().get();
    Enrichment e = incident.enrichment();
    boolean causeKnown = e.rootCause().map(rc -> !rc.category().equals("unknown")).orElse(false);
    List<String> missing = new ArrayList<>();
    for (String part : PARTS) {
      boolean present = switch (part) {
        case "summary" -> pm.outline().has(SectionKind.SUMMARY);
        case "impact" -> pm.outline().has(SectionKind.IMPACT) || pm.impact().usersAffectedPercent().isPresent();
        case "start-end" -> pm.window().durationMinutes().isPresent();
        case "timeline" -> pm.timeline().stream().filter(t -> t.at().isPresent()).count() >= 2;
        case "root-cause" -> causeKnown || pm.outline().has(SectionKind.ROOT_CAUSE);
        case "resolution" -> pm.outline().has(SectionKind.RESOLUTION) || e.eventKinds().contains("resolve");
        case "actions" -> !pm.actions().isEmpty();
        default -> throw new IllegalStateException("unknown part " + part);
      };
      if (!present) {
        missing.add(part);
      }
    }
    Set<String> flags = new LinkedHashSet<>();
    for (Warning w : pm.warnings()) {
      if (w.kind().equals("conflicting-times") || w.kind().equals("end-before-start") || w.kind().equals("timeline-out-of-order")) {
        flags.add("conflicting-times");
      }
    }
    if (!causeKnown) {
      flags.add("no-identifiable-cause");
    }
    if (e.rootCause().map(rc -> rc.category().equals("human-error")).orElse(false) && !explainsWhatLetItHappen(e)) {
      flags.add("human-error-as-cause");
    }
    if (pm.window().start().isPresent() && !pm.window().start().get().dated()) {
      flags.add("no-date");
    }
    double score = (PARTS.size() - missing.size()) / (double) PARTS.size() - FLAG_PENALTY * flags.size();
    Quality quality = new Quality(Math.max(0, Math.min(1, score)), missing, List.copyOf(flags));
    return incident.with(x -> x.withQuality(quality));
  }

  /** True when the cause sentences name what let the mistake through (no check, no guard, ...). */
  private static boolean explainsWhatLetItHappen(Enrichment e) {
    return e.sentences().stream()
        .filter(s -> s.section() == SectionKind.ROOT_CAUSE || s.section() == SectionKind.LESSONS)
        .anyMatch(s -> SYSTEMIC.matches("systemic", s.text()));
  }
}
