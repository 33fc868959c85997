package dev.hindsight.analysis.nlp;

import java.util.List;

/**
 * How useful the postmortem itself is: its missing parts and what is wrong with it.
 *
 * @param score 0 to 1, the share of expected parts present, less a penalty per flag
 * @param missing expected parts not found: summary, impact, start-end, timeline, root-cause, resolution, actions
 * @param flags problems: conflicting-times, no-identifiable-cause, human-error-as-cause, ...
 */
public record Quality(double score, List<String> missing, List<String> flags) {

  public Quality {
    missing = List.copyOf(missing);
    flags = List.copyOf(flags);
  }
}
