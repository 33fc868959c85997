package dev.hindsight.analysis.nlp;

/** One NLP step: takes an incident and returns it with one more part of its enrichment filled in. */
@FunctionalInterface
public interface IncidentStage {

  /** The incident with this stage's part added; a rejected incident passes through unchanged. */
  Incident apply(Incident incident);
}
