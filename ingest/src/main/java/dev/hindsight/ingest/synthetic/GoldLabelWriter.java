package dev.hindsight.ingest.synthetic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.ingest.synthetic.SyntheticIncident.Detour;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold label of a generated postmortem, as one labels.jsonl line in the format of the taxonomy and
 * data/postmortems/labels-*.jsonl: what a careful reader can establish from the text, null where the text does not
 * allow it.
 */
public final class GoldLabelWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** One line of labels.jsonl (no line end). */
  public String line(SyntheticIncident in) {
    ObjectNode label = JSON.createObjectNode();
    label.put("file", in.file());
    ObjectNode cause = label.putObject("rootCause");
    ObjectNode also = JSON.createObjectNode();
    if (in.causeUnknown()) {
      cause.put("category", "unknown").put("component", "unknown");
      also.putArray("category");
      also.putArray("component");
    } else {
      cause.put("category", in.cause().category()).put("component", in.cause().component());
      in.cause().alsoCategory().forEach(also.putArray("category")::add);
      in.cause().alsoComponent().forEach(also.putArray("component")::add);
    }
    cause.set("alsoAccept", also);
    ObjectNode incident = label.putObject("incident");
    boolean dated = in.flaw() != Flaw.NO_DATE;
    putNullable(incident, "startLocal", dated ? LOCAL.format(in.start()) : null);
    putNullable(incident, "endLocal", dated ? LOCAL.format(in.end()) : null);
    putNullable(incident, "utcOffset", in.zone() == null ? null : offset(in.zone().offset()));
    incident.put("durationMinutes", in.durationMinutes());
    if (in.detectionTimeWritten()) {
      incident.put("timeToDetectMinutes", in.minutesToDetect());
    } else {
      incident.putNull("timeToDetectMinutes");
    }
    incident.put("timeToResolveMinutes", in.durationMinutes());
    ArrayNode paths = label.putArray("misleadingPaths");
    in.detours().forEach(d -> paths.add(d.hypothesis()));
    ObjectNode impact = label.putObject("impact");
    if (in.usersAffectedPercent() == null) {
      impact.putNull("usersAffectedPercent");
    } else {
      impact.put("usersAffectedPercent", in.usersAffectedPercent());
    }
    impact.putArray("services").add(in.service());
    label.putObject("detection").put("method", in.detection());
    label.put("actionsCount", in.actions().size());
    label.put("notes", notes(in));
    try {
      return JSON.writeValueAsString(label);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Offsets as the labels write them: "+00:00", never "Z". */
  static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  private static void putNullable(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  /** Why the label says what it says, and the document's tricky features. */
  private static String notes(SyntheticIncident in) {
    List<String> notes = new ArrayList<>();
    notes.add("Generated document " + in.index() + ": " + in.layout().name().toLowerCase() + ", "
        + in.encoding().name().toLowerCase() + ".");
    notes.add(in.zone() == null ? "No zone anywhere -> utcOffset null." : "Zone " + in.zone().name() + ".");
    if (in.crossesMidnight()) {
      notes.add("Crosses midnight.");
    }
    LocalDateTime start = in.start();
    notes.add("Detected by " + in.detection() + (in.detectionTimeWritten() ? " at " + clock(start, in.minutesToDetect())
        + " (TTD " + in.minutesToDetect() + ")." : ", time not stated -> TTD null."));
    for (Detour d : in.detours()) {
      notes.add("Suspected " + d.hypothesis() + " ('" + d.phrase() + "') " + clock(start, d.fromMinute()) + "-"
          + clock(start, d.toMinute()) + ", ruled out.");
    }
    if (in.usersAffectedPercent() == null) {
      notes.add("No share of users stated -> null.");
    }
    if (in.trapPercent() != null) {
      notes.add(in.trapPercent() + "% is not a share of users.");
    }
    switch (in.flaw()) {
      case NO_TIMELINE -> notes.add("MISSING: no timeline; times from the summary.");
      case NO_ZONE -> notes.add("MISSING: no time zone.");
      case NO_CAUSE -> notes.add("MISSING: no cause stated -> unknown/unknown.");
      case NO_DATE -> notes.add("MISSING: no date -> start/end null.");
      case SUMMARY_START_CONFLICT -> notes.add("CONTRADICTION: the summary's start disagrees with the timeline; the "
          + "timeline and the stated duration agree, so the start is " + clock(start, 0) + ".");
      case SUMMARY_END_CONFLICT -> notes.add("CONTRADICTION: the summary ends at the closing time "
          + clock(start, in.minutesToClose()) + "; service was restored at " + clock(start, in.durationMinutes())
          + " per the timeline, which is the end.");
      default -> { }
    }
    return String.join(" ", notes);
  }

  private static String clock(LocalDateTime start, int minutes) {
    return CLOCK.format(start.plusMinutes(minutes));
  }
}
