package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gives each timeline entry a kind (detect, notify, investigate, misleading, escalate, identify,
 * mitigate, resolve, other) from cue phrases, and sets when the real cause was identified.
 *
 * <p>An entry's kind is the highest-priority kind with a cue anywhere in its sentences (the
 * order of {@code event-kinds.tsv}); an entry without cues is "other". The cause was identified
 * at the time of the first timed "identify" entry. A lookup per token, no tagging: this stage
 * must cost next to nothing.
 */
public final class TimelineEventClassifier implements IncidentStage {

  /** The kind of an entry that no cue speaks for. */
  static final String OTHER = "other";

  /** The kind whose first timed entry sets {@code identifiedAt}. */
  static final String IDENTIFY = "identify";

  private static final String KINDS = "/dev/hindsight/analysis/nlp/event-kinds.tsv";

  private final NlpModels models;
  private final StemLexicon kinds;

  /** A classifier over the standard models and vocabulary (loaded once per JVM). */
  public TimelineEventClassifier() {
    this.models = NlpModels.get();
    this.kinds = Vocabulary.KINDS;
  }

  private static final class Vocabulary {
    static final StemLexicon KINDS = StemLexicon.load(TimelineEventClassifier.KINDS, NlpModels.get());
  }

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    Postmortem pm = incident.postmortem().get();
    List<TimelineEntry> timeline = pm.timeline();
    if (timeline.isEmpty()) {
      return incident.with(e -> e.withEventKinds(List.of(), Optional.empty()));
    }
    int[] best = new int[timeline.size()];
    Arrays.fill(best, Integer.MAX_VALUE);
    boolean[] seen = new boolean[timeline.size()];
    // The splitter already tokenized every entry; reuse its sentences rather than tokenize again.
    for (Sentence s : incident.enrichment().sentences()) {
      int i = s.timelineIndex();
      if (i < 0 || i >= timeline.size()) {
        continue;
      }
      seen[i] = true;
      best[i] = Math.min(best[i], rank(NormalizedTokens.of(s, models)));
    }
    List<String> out = new ArrayList<>(timeline.size());
    Optional<Moment> identifiedAt = Optional.empty();
    for (int i = 0; i < timeline.size(); i++) {
      if (!seen[i] && !timeline.get(i).text().isBlank()) {
        best[i] = rank(NormalizedTokens.tokenize(timeline.get(i).text(), models));
      }
      String kind = best[i] < kinds.keys().size() ? kinds.keys().get(best[i]) : OTHER;
      out.add(kind);
      if (identifiedAt.isEmpty() && kind.equals(IDENTIFY)) {
        identifiedAt = timeline.get(i).at();
      }
    }
    Optional<Moment> identified = identifiedAt;
    return incident.with(e -> e.withEventKinds(out, identified));
  }

  private int rank(NormalizedTokens tokens) {
    return kinds.firstKey(tokens).map(k -> kinds.keys().indexOf(k)).orElse(Integer.MAX_VALUE);
  }

  /** The kind of one piece of text on its own, e.g. one sentence of a long entry. */
  static String kindOf(NormalizedTokens tokens) {
    return Vocabulary.KINDS.firstKey(tokens).orElse(OTHER);
  }
}
