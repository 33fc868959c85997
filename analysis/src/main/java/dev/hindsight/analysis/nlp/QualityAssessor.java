package dev.hindsight.analysis.nlp;

/** Scaffold: replaced by the real stage (work in progress; passes the incident through). */
public final class QualityAssessor implements IncidentStage {

  @Override
  public Incident apply(Incident incident) {
    return incident;
  }
}
