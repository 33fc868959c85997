package dev.hindsight.analysis.nlp;

/**
 * A category or component named in one sentence, with how strongly that sentence puts it forward
 * as the cause (0 to a few; already lowered where it is a consequence or only a hint).
 *
 * @param key the taxonomy key
 * @param start where the phrase starts in the sentence text
 * @param end where it ends
 * @param strength how much it counts within its sentence
 * @param plain true for a phrase that names the cause outright, false for a hint or a component
 */
record CauseCue(String key, int start, int end, double strength, boolean plain) {

  /** The phrase as written in the given sentence text. */
  String phrase(String text) {
    return text.substring(start, end);
  }

  /** The same cue counting for {@code factor} times as much. */
  CauseCue times(double factor) {
    return new CauseCue(key, start, end, strength * factor, plain);
  }
}
