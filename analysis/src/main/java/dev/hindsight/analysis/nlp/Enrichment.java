package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the NLP stages add to a parsed postmortem; each stage fills one part.
 *
 * @param sentences the document's sentences, split once and shared by the stages (not printed)
 * @param rootCause the real cause
 * @param misleadingPaths hypotheses pursued and dropped
 * @param eventKinds one kind per timeline entry (detect, notify, ..., other), empty until classified
 * @param identifiedAt when the real cause was identified
 * @param detection how it came to light
 * @param actionTypes one type per corrective action, empty until classified
 * @param quality how useful the postmortem is
 */
public record Enrichment(
    List<Sentence> sentences,
    Optional<RootCause> rootCause,
    List<MisleadingPath> misleadingPaths,
    List<String> eventKinds,
    Optional<Moment> identifiedAt,
    Optional<Detection> detection,
    List<String> actionTypes,
    Optional<Quality> quality) {

  /** Nothing added yet. */
  public static final Enrichment NONE =
      new Enrichment(List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public Enrichment {
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(rootCause, "rootCause");
    misleadingPaths = List.copyOf(misleadingPaths);
    eventKinds = List.copyOf(eventKinds);
    Objects.requireNonNull(identifiedAt, "identifiedAt");
    Objects.requireNonNull(detection, "detection");
    actionTypes = List.copyOf(actionTypes);
    Objects.requireNonNull(quality, "quality");
  }

  public Enrichment withSentences(List<Sentence> s) {
    return new Enrichment(s, rootCause, misleadingPaths, eventKinds, identifiedAt, detection, actionTypes, quality);
  }

  public Enrichment withRootCause(RootCause r) {
    return new Enrichment(sentences, Optional.of(r), misleadingPaths, eventKinds, identifiedAt, detection, actionTypes, quality);
  }

  public Enrichment withMisleadingPaths(List<MisleadingPath> m) {
    return new Enrichment(sentences, rootCause, m, eventKinds, identifiedAt, detection, actionTypes, quality);
  }

  public Enrichment withEventKinds(List<String> kinds, Optional<Moment> identified) {
    return new Enrichment(sentences, rootCause, misleadingPaths, kinds, identified, detection, actionTypes, quality);
  }

  public Enrichment withDetection(Detection d) {
    return new Enrichment(sentences, rootCause, misleadingPaths, eventKinds, identifiedAt, Optional.of(d), actionTypes, quality);
  }

  public Enrichment withActionTypes(List<String> types) {
    return new Enrichment(sentences, rootCause, misleadingPaths, eventKinds, identifiedAt, detection, types, quality);
  }

  public Enrichment withQuality(Quality q) {
    return new Enrichment(sentences, rootCause, misleadingPaths, eventKinds, identifiedAt, detection, actionTypes, Optional.of(q));
  }
}
