package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.SectionKind;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a postmortem, with where it sits: the NLP stages read these, not raw text.
 *
 * @param section the canonical section it belongs to
 * @param heading the heading of its section as written
 * @param text the sentence
 * @param tokens its tokens (OpenNLP tokenizer)
 * @param stems lower-case stems of the tokens, for lexicon matching
 * @param timelineIndex the index of the timeline entry it comes from, or -1
 */
public record Sentence(
    SectionKind section, String heading, String text, List<String> tokens, List<String> stems, int timelineIndex) {

  public Sentence {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    stems = List.copyOf(stems);
  }

  /** The stems joined by spaces, for phrase matching on word boundaries. */
  public String stemText() {
    return String.join(" ", stems);
  }
}
