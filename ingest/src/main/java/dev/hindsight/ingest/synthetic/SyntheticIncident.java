package dev.hindsight.ingest.synthetic;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The facts drawn for one generated postmortem: what failed, when, how it was found, the wrong turns, and how the
 * document is written (layout, bytes, flaw). The gold label is derived from these facts; the wording is not.
 *
 * @param index position in the corpus, which with the corpus seed fixes everything else
 * @param file path relative to the corpus folder, with forward slashes
 * @param cause the failure class and how it is told
 * @param start local start in the document's zone (its date is not written when {@code flaw} is NO_DATE)
 * @param zone the zone as written, or null when the document gives none
 * @param minutesToDetect start to detection
 * @param minutesToIdentify start to the moment the cause was found (after the wrong turns)
 * @param minutesToFix start to the corrective step
 * @param durationMinutes start to service restored
 * @param minutesToClose start to the incident being closed, after the restore
 * @param detectionTimeWritten whether the text lets a reader tell when it was detected
 * @param usersAffectedPercent the stated share of users, or null when the text gives none
 * @param trapPercent a percentage in the text that is not the share of users (or null)
 * @param conflictShiftMinutes how far the summary's contradicting start is off (SUMMARY_START_CONFLICT only)
 * @param wordingSeed seeds every wording choice, apart from the facts
 */
public record SyntheticIncident(
    long index,
    String file,
    Layout layout,
    FileEncoding encoding,
    Flaw flaw,
    CauseLine cause,
    String fix,
    String service,
    LocalDateTime start,
    WrittenZone zone,
    String detection,
    int minutesToDetect,
    boolean detectionTimeWritten,
    List<Detour> detours,
    int minutesToIdentify,
    int minutesToFix,
    int durationMinutes,
    int minutesToClose,
    Integer usersAffectedPercent,
    Integer trapPercent,
    List<String> actions,
    int conflictShiftMinutes,
    long wordingSeed) {

  /** How a failure class is told: its keys, the answers a second reader could defend, and its sentences. */
  public record CauseLine(String category, String component, List<String> alsoCategory, List<String> alsoComponent,
      String shortText, String text) {
    public CauseLine {
      alsoCategory = List.copyOf(alsoCategory);
      alsoComponent = List.copyOf(alsoComponent);
    }
  }

  /** A hypothesis pursued and dropped, in minutes from the start. */
  public record Detour(String hypothesis, String phrase, int fromMinute, int toMinute) {}

  /** A zone as the document writes it, with the fixed offset that name stands for. */
  public record WrittenZone(String name, ZoneOffset offset) {
    public WrittenZone {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(offset, "offset");
    }
  }

  public SyntheticIncident {
    detours = List.copyOf(detours);
    actions = List.copyOf(actions);
  }

  /** The local time service was restored. */
  public LocalDateTime end() {
    return start.plusMinutes(durationMinutes);
  }

  /** True when the incident runs past midnight of its start day. */
  public boolean crossesMidnight() {
    return !end().toLocalDate().equals(start.toLocalDate());
  }

  /** True when the text states no cause, so a careful reader labels it unknown. */
  public boolean causeUnknown() {
    return flaw == Flaw.NO_CAUSE;
  }
}
