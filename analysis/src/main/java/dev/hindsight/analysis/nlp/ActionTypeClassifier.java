package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Lexicon;
import java.util.List;

/**
 * Gives each corrective action a type (monitoring, config-validation, testing, automation,
 * documentation, training, process, capacity, rollback, redundancy, other) from a vocabulary in
 * priority order, so "validate nginx config in CI" is config-validation, not automation.
 */
public final class ActionTypeClassifier implements IncidentStage {

  private static final Lexicon TYPES = Lexicon.load("/dev/hindsight/analysis/nlp/action-types.tsv");

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    List<String> types = incident.postmortem().get().actions().stream().map(ActionTypeClassifier::typeOf).toList();
    return incident.with(e -> e.withActionTypes(types));
  }

  /** The type of one action's text. */
  static String typeOf(String action) {
    return TYPES.firstKey(action).orElse("other");
  }
}
