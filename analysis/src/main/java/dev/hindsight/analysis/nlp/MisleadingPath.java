package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A hypothesis the responders pursued that turned out not to be the cause.
 *
 * @param hypothesis a taxonomy hypothesis key (a component key, or recent-change, attack, server-resources)
 * @param text the sentence that shows it
 * @param start when it was taken up, where the timeline says
 * @param end when it was dropped, where the timeline says
 * @param minutesLost start to end
 * @param evidence the cue that marked it, for {@code --explain}
 */
public record MisleadingPath(
    String hypothesis, String text, Optional<Moment> start, Optional<Moment> end, OptionalLong minutesLost, String evidence) {

  public MisleadingPath {
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(minutesLost, "minutesLost");
    Objects.requireNonNull(evidence, "evidence");
  }
}
