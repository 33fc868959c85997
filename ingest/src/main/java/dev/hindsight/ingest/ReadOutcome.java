package dev.hindsight.ingest;

/** What reading one input file gave: its decoded text, or the reason it could not be used. */
public sealed interface ReadOutcome permits SourceDocument, RejectedSource {

  /** The path as the user gave it (or as found under a folder they gave). */
  String source();
}
