package dev.hindsight.ingest;

/** One step of parsing: takes a postmortem and returns it with one more part filled in. */
@FunctionalInterface
public interface PostmortemStage {

  /** The postmortem with this stage's part added; never throws for odd text, warns instead. */
  Postmortem apply(Postmortem postmortem);
}
