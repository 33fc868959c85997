package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Postmortem;
import java.util.List;
import java.util.Objects;

/**
 * Turns a parsed postmortem into an enriched {@link Incident}: the NLP stages, run in order.
 *
 * <p>Stateless and thread-safe; the models behind it are loaded once per JVM.
 */
public final class IncidentEnricher {

  private final List<IncidentStage> stages;

  /** An enricher with the given stages, run in order. */
  public IncidentEnricher(List<IncidentStage> stages) {
    this.stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
  }

  /** The standard chain: sentences, timeline events, root cause, misleading paths, detection, actions, quality. */
  public static IncidentEnricher standard() {
    NlpModels models = NlpModels.get();
    return new IncidentEnricher(List.of(
        new SentenceSplitter(models),
        new TimelineEventClassifier(),
        new CauseClassifier(),
        new MisleadingPathFinder(),
        new DetectionMethodClassifier(),
        new ActionTypeClassifier(),
        new QualityAssessor()));
  }

  /** The enriched incident of a parsed postmortem. */
  public Incident enrich(Postmortem pm) {
    return enrich(Incident.of(pm));
  }

  /** Runs every stage; a rejected incident passes through. */
  public Incident enrich(Incident incident) {
    Incident out = incident;
    if (out.postmortem().isEmpty()) {
      return out;
    }
    for (IncidentStage stage : stages) {
      out = stage.apply(out);
    }
    return out;
  }
}
