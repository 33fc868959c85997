package dev.hindsight.analysis.nlp;

import java.util.Objects;

/**
 * How the incident came to light: monitoring, customer-report, manual or unknown.
 *
 * @param method the taxonomy key
 * @param text the sentence that says so ("" when unknown)
 * @param evidence the cue, for {@code --explain}
 */
public record Detection(String method, String text, String evidence) {

  /** Not stated. */
  public static final Detection UNKNOWN = new Detection("unknown", "", "no detection sentence found");

  public Detection {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
