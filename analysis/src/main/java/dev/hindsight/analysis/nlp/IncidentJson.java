package dev.hindsight.analysis.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.ingest.IncidentWindow;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.TimelineEntry;
import dev.hindsight.ingest.Warning;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes an {@link Incident} as the JSON record contract of {@code taxonomy.md}: field names and
 * order exactly as documented, unknown values as {@code null}, never guessed.
 */
public final class IncidentJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IncidentJson() {}

  /** One line of JSON. */
  public static String line(Incident incident) {
    return line(tree(incident));
  }

  /** Indented JSON for reading. */
  public static String pretty(Incident incident) {
    return pretty(tree(incident));
  }

  /** One line of JSON of a record tree (possibly with extra fields such as "explain"). */
  public static String line(ObjectNode record) {
    return write(MAPPER, record);
  }

  /** Indented JSON of a record tree. */
  public static String pretty(ObjectNode record) {
    return write(PRETTY, record);
  }

  /** The record as a JSON tree. */
  public static ObjectNode tree(Incident incident) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", incident.id());
    root.put("source", incident.source());
    Optional<Postmortem> pm = incident.postmortem();
    root.put("title", pm.map(Postmortem::title).orElse(null));
    root.put("status", incident.status().key());
    ArrayNode warnings = root.putArray("warnings");
    for (Warning w : incident.warnings()) {
      warnings.add(w.toString());
    }
    if (pm.isEmpty()) {
      for (String field : new String[] {"incident", "impact", "detection", "rootCause"}) {
        root.putNull(field);
      }
      root.putArray("misleadingPaths");
      root.putArray("timeline");
      root.putArray("actions");
      root.putNull("quality");
      return root;
    }
    Postmortem p = pm.get();
    Enrichment e = incident.enrichment();
    root.set("incident", window(p.window(), e.identifiedAt()));
    ObjectNode impact = root.putObject("impact");
    ArrayNode services = impact.putArray("services");
    p.impact().services().forEach(services::add);
    if (p.impact().usersAffectedPercent().isPresent()) {
      impact.put("usersAffectedPercent", p.impact().usersAffectedPercent().get());
    } else {
      impact.putNull("usersAffectedPercent");
    }
    impact.put("summary", p.impact().summary().isEmpty() ? null : p.impact().summary());
    if (e.detection().isPresent()) {
      root.putObject("detection").put("method", e.detection().get().method());
    } else {
      root.putNull("detection");
    }
    if (e.rootCause().isPresent()) {
      RootCause rc = e.rootCause().get();
      ObjectNode cause = root.putObject("rootCause");
      cause.put("category", rc.category());
      cause.put("component", rc.component());
      cause.put("text", rc.text().isEmpty() ? null : rc.text());
      cause.put("confidence", Math.round(rc.confidence() * 100) / 100.0);
    } else {
      root.putNull("rootCause");
    }
    ArrayNode paths = root.putArray("misleadingPaths");
    for (MisleadingPath m : e.misleadingPaths()) {
      ObjectNode path = paths.addObject();
      path.put("hypothesis", m.hypothesis());
      path.put("text", m.text());
      path.put("start", m.start().flatMap(Moment::iso).orElse(null));
      path.put("end", m.end().flatMap(Moment::iso).orElse(null));
      putMinutes(path, "minutesLost", m.minutesLost());
    }
    ArrayNode timeline = root.putArray("timeline");
    for (int i = 0; i < p.timeline().size(); i++) {
      TimelineEntry t = p.timeline().get(i);
      ObjectNode entry = timeline.addObject();
      entry.put("at", t.at().flatMap(Moment::iso).orElse(null));
      entry.put("text", t.text());
      entry.put("kind", i < e.eventKinds().size() ? e.eventKinds().get(i) : null);
    }
    ArrayNode actions = root.putArray("actions");
    for (int i = 0; i < p.actions().size(); i++) {
      ObjectNode action = actions.addObject();
      action.put("text", p.actions().get(i));
      action.put("type", i < e.actionTypes().size() ? e.actionTypes().get(i) : null);
    }
    if (e.quality().isPresent()) {
      Quality q = e.quality().get();
      ObjectNode quality = root.putObject("quality");
      quality.put("score", Math.round(q.score() * 100) / 100.0);
      ArrayNode missing = quality.putArray("missing");
      q.missing().forEach(missing::add);
      ArrayNode flags = quality.putArray("flags");
      q.flags().forEach(flags::add);
    } else {
      root.putNull("quality");
    }
    return root;
  }

  private static ObjectNode window(IncidentWindow w, Optional<Moment> identifiedAt) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("start", w.start().flatMap(Moment::iso).orElse(null));
    node.put("end", w.end().flatMap(Moment::iso).orElse(null));
    node.put("timezone", w.timezone().isEmpty() ? null : w.timezone());
    putMinutes(node, "durationMinutes", w.durationMinutes());
    node.put("detectedAt", w.detectedAt().flatMap(Moment::iso).orElse(null));
    node.put("identifiedAt", identifiedAt.flatMap(Moment::iso).orElse(null));
    node.put("resolvedAt", w.end().flatMap(Moment::iso).orElse(null));
    putMinutes(node, "timeToDetectMinutes", w.timeToDetectMinutes());
    OptionalLong toIdentify = w.start().isPresent() && identifiedAt.isPresent()
        ? OptionalLong.of(Math.max(0, w.start().get().minutesUntil(identifiedAt.get())))
        : OptionalLong.empty();
    putMinutes(node, "timeToIdentifyMinutes", toIdentify);
    putMinutes(node, "timeToResolveMinutes", w.durationMinutes());
    return node;
  }

  private static void putMinutes(ObjectNode node, String field, OptionalLong minutes) {
    if (minutes.isPresent()) {
      node.put(field, minutes.getAsLong());
    } else {
      node.putNull(field);
    }
  }

  private static String write(ObjectMapper mapper, ObjectNode record) {
    try {
      return mapper.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree always serialises", e);
    }
  }
}
