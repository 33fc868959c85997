package dev.hindsight.analysis.nlp;

import java.util.List;

/**
 * What one sentence says about the root cause: how much the sentence counts as a statement of the
 * cause, and the categories and components it puts forward (denied ones already left out).
 *
 * @param sentence the sentence
 * @param weight how much it counts: 0 for a wrong turn or an action item, more in a root cause section
 * @param hedged true when the cause is stated with doubt ("we believe", "likely")
 * @param categories the category cues it names
 * @param components the component mentions it names
 * @param denied the character spans whose words are negated or cleared ("not database-related")
 * @param changeBroughtDefect true when it says a change brought in a defect ("a recent deployment introduced a leak")
 */
record CauseStatement(
    Sentence sentence,
    double weight,
    boolean hedged,
    List<CauseCue> categories,
    List<CauseCue> components,
    List<Span> denied,
    boolean changeBroughtDefect) {

  CauseStatement {
    categories = List.copyOf(categories);
    components = List.copyOf(components);
    denied = List.copyOf(denied);
  }

  /** A sentence that says nothing about the cause. */
  static CauseStatement silent(Sentence sentence) {
    return new CauseStatement(sentence, 0, false, List.of(), List.of(), List.of(), false);
  }

  /** This statement with its component mentions replaced. */
  CauseStatement withComponents(List<CauseCue> replaced) {
    return new CauseStatement(sentence, weight, hedged, categories, replaced, denied, changeBroughtDefect);
  }

  /** This statement with every cue of category {@code from} counted for {@code to} instead. */
  CauseStatement recast(String from, String to) {
    List<CauseCue> recast = categories.stream()
        .map(c -> c.key().equals(from) ? new CauseCue(to, c.start(), c.end(), c.strength(), c.plain()) : c)
        .toList();
    return new CauseStatement(sentence, weight, hedged, recast, components, denied, changeBroughtDefect);
  }

  /** True when the character at {@code at} lies in a negated or cleared span. */
  boolean isDenied(int at) {
    for (Span s : denied) {
      if (at >= s.start() && at < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** A stretch of the sentence text. */
  record Span(int start, int end) {}
}
