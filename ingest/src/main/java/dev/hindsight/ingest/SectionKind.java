package dev.hindsight.ingest;

/** The canonical sections a postmortem heading is mapped to. */
public enum SectionKind {
  SUMMARY("summary"),
  DURATION("duration"),
  IMPACT("impact"),
  ROOT_CAUSE("root-cause"),
  TIMELINE("timeline"),
  RESOLUTION("resolution"),
  CORRECTIVE_ACTIONS("corrective-actions"),
  TASKS("tasks"),
  DETECTION("detection"),
  LESSONS("lessons"),
  OTHER("other");

  private final String key;

  SectionKind(String key) {
    this.key = key;
  }

  /** The stable key used in files and output, e.g. "root-cause". */
  public String key() {
    return key;
  }

  /** The kind for a key, for reading vocabulary files. */
  public static SectionKind ofKey(String key) {
    for (SectionKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown section key '" + key + "'");
  }
}
