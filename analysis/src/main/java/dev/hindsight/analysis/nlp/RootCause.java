package dev.hindsight.analysis.nlp;

import java.util.Objects;

/**
 * What really broke (category) and where (component), with the sentence that says so.
 *
 * @param category a taxonomy category key, "unknown" when the text does not say
 * @param component a taxonomy component key, "unknown" when the text does not say
 * @param text the sentence that states the cause ("" when none)
 * @param confidence 0 to 1
 * @param evidence what produced it: the cue or the model score, for {@code --explain}
 */
public record RootCause(String category, String component, String text, double confidence, String evidence) {

  /** Nothing known. */
  public static final RootCause UNKNOWN = new RootCause("unknown", "unknown", "", 0.0, "no cause sentence found");

  public RootCause {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** The failure class, "category/component". */
  public String failureClass() {
    return category + "/" + component;
  }
}
