package dev.hindsight.ingest.synthetic;

/** What is wrong with a generated document as a document: a part left out, or the text contradicting itself. */
public enum Flaw {
  /** A complete, consistent document. */
  NONE,
  /** No timeline section: times and detection are told in prose, if at all. */
  NO_TIMELINE,
  /** No time zone anywhere, so times are local to an unknown zone. */
  NO_ZONE,
  /** No root cause section and no cause stated anywhere. */
  NO_CAUSE,
  /** Times of day but no date anywhere. */
  NO_DATE,
  /** The summary's start time disagrees with the timeline; the timeline and the stated duration agree. */
  SUMMARY_START_CONFLICT,
  /** The summary's end is when the incident was closed, later than the restore time in the timeline. */
  SUMMARY_END_CONFLICT;

  /** True when a part of the document is left out. */
  public boolean missingPart() {
    return this == NO_TIMELINE || this == NO_ZONE || this == NO_CAUSE || this == NO_DATE;
  }

  /** True when the document contradicts itself. */
  public boolean contradicting() {
    return this == SUMMARY_START_CONFLICT || this == SUMMARY_END_CONFLICT;
  }
}
