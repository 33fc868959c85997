package dev.hindsight.analysis.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.Warning;

/**
 * For {@code extract --explain}: for each extracted field, the sentence and the cue or model score
 * that produced it, so a user can trust or correct it.
 */
public final class IncidentExplanation {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IncidentExplanation() {}

  /** The explanation of one incident as a JSON object. */
  public static ObjectNode of(Incident incident) {
    ObjectNode out = MAPPER.createObjectNode();
    Enrichment e = incident.enrichment();
    e.rootCause().ifPresent(rc -> field(out, "rootCause", rc.category() + "/" + rc.component(), rc.text(), rc.evidence()));
    e.detection().ifPresent(d -> field(out, "detection", d.method(), d.text(), d.evidence()));
    ArrayNode paths = out.putArray("misleadingPaths");
    for (MisleadingPath m : e.misleadingPaths()) {
      ObjectNode p = paths.addObject();
      p.put("value", m.hypothesis());
      p.put("sentence", m.text());
      p.put("evidence", m.evidence());
    }
    incident.postmortem().ifPresent(pm -> window(out, pm));
    return out;
  }

  private static void window(ObjectNode out, Postmortem pm) {
    ArrayNode times = out.putArray("times");
    for (Warning w : pm.warnings()) {
      times.add(w.toString());
    }
    ObjectNode impact = out.putObject("impact");
    impact.put("sentence", pm.impact().summary());
  }

  private static void field(ObjectNode out, String name, String value, String sentence, String evidence) {
    ObjectNode f = out.putObject(name);
    f.put("value", value);
    f.put("sentence", sentence);
    f.put("evidence", evidence);
  }
}
