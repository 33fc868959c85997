package dev.hindsight.ingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores records in the JSON contract against gold labels with the rules of
 * {@code shared/tools/score.py}: a record matches its label by file name; a null gold value is not
 * scored; a missing record counts as a miss; causes accept the label's {@code alsoAccept} answers;
 * times are compared locally to the minute, durations within a minute, shares within 0.01;
 * misleading paths by micro precision and recall over (document, hypothesis) pairs.
 */
public final class RecordScorer {

  /** Row names, as score.py prints them. */
  public static final String CATEGORY = "rootCause.category";
  public static final String COMPONENT = "rootCause.component";
  public static final String FAILURE_CLASS = "failureClass (both axes)";
  public static final String PATHS_PRECISION = "misleadingPaths precision";
  public static final String PATHS_RECALL = "misleadingPaths recall";
  public static final String START = "incident.start";
  public static final String END = "incident.end";
  public static final String DURATION = "incident.durationMinutes";
  public static final String TTD = "incident.timeToDetectMinutes";
  public static final String USERS = "impact.usersAffectedPercent";
  public static final String DETECTION = "detection.method";

  private RecordScorer() {}

  /** Every row, for records keyed by file name (the last part of their source). */
  public static FieldScores score(List<GoldLabel> gold, Map<String, JsonNode> recordsByFile) {
    FieldScores s = new FieldScores();
    for (String row : List.of(CATEGORY, COMPONENT, FAILURE_CLASS, PATHS_PRECISION, PATHS_RECALL, START, END, DURATION, TTD, USERS, DETECTION)) {
      s.declare(row);
    }
    for (GoldLabel g : gold) {
      Optional<JsonNode> record = Optional.ofNullable(recordsByFile.get(g.file()));
      boolean categoryOk = accepted(s, CATEGORY, g, "rootCause.category", "rootCause.alsoAccept.category", record);
      boolean componentOk = accepted(s, COMPONENT, g, "rootCause.component", "rootCause.alsoAccept.component", record);
      if (g.field("rootCause.category").isPresent()) {
        s.record(FAILURE_CLASS, categoryOk && componentOk, g.file());
      }
      paths(s, g, record);
      text(s, START, g, "incident.startLocal", record.map(r -> minute(r.at("/incident/start"))));
      text(s, END, g, "incident.endLocal", record.map(r -> minute(r.at("/incident/end"))));
      number(s, DURATION, g, "incident.durationMinutes", record.map(r -> r.at("/incident/durationMinutes")), 1);
      number(s, TTD, g, "incident.timeToDetectMinutes", record.map(r -> r.at("/incident/timeToDetectMinutes")), 1);
      number(s, USERS, g, "impact.usersAffectedPercent", record.map(r -> r.at("/impact/usersAffectedPercent")), 0.01);
      text(s, DETECTION, g, "detection.method", record.map(r -> r.at("/detection/method").asText(null)));
    }
    return s;
  }

  /** The file name a record's source ends with, its key for matching a label. */
  public static String fileOf(JsonNode record) {
    String source = record.path("source").asText("");
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static boolean accepted(
      FieldScores s, String row, GoldLabel g, String field, String alsoField, Optional<JsonNode> record) {
    Optional<JsonNode> want = g.field(field);
    if (want.isEmpty()) {
      return false;
    }
    Set<String> ok = new HashSet<>();
    ok.add(want.get().asText());
    g.field(alsoField).ifPresent(a -> a.forEach(x -> ok.add(x.asText())));
    String got = record.map(r -> r.at("/" + field.replace('.', '/')).asText(null)).orElse(null);
    boolean hit = got != null && ok.contains(got);
    s.record(row, hit, g.file() + ": gold=" + want.get().asText() + " got=" + got);
    return hit;
  }

  private static void paths(FieldScores s, GoldLabel g, Optional<JsonNode> record) {
    Set<String> want = new TreeSet<>();
    g.field("misleadingPaths").ifPresent(a -> a.forEach(x -> want.add(x.asText())));
    Set<String> got = new TreeSet<>();
    record.ifPresent(r -> r.path("misleadingPaths").forEach(m -> {
      if (m.hasNonNull("hypothesis")) {
        got.add(m.get("hypothesis").asText());
      }
    }));
    String miss = g.file() + ": gold=" + want + " got=" + got;
    for (String h : got) {
      s.record(PATHS_PRECISION, want.contains(h), miss);
    }
    for (String h : want) {
      s.record(PATHS_RECALL, got.contains(h), miss);
    }
  }

  private static String minute(JsonNode time) {
    return time.isTextual() && time.asText().length() >= 16 ? time.asText().substring(0, 16) : null;
  }

  private static void text(FieldScores s, String row, GoldLabel g, String field, Optional<String> got) {
    Optional<JsonNode> want = g.field(field);
    if (want.isPresent()) {
      String value = got.orElse(null);
      s.record(row, want.get().asText().equals(value), g.file() + ": gold=" + want.get().asText() + " got=" + value);
    }
  }

  private static void number(FieldScores s, String row, GoldLabel g, String field, Optional<JsonNode> got, double tolerance) {
    Optional<JsonNode> want = g.field(field);
    if (want.isPresent()) {
      boolean hit = got.filter(JsonNode::isNumber).map(v -> Math.abs(v.asDouble() - want.get().asDouble()) <= tolerance).orElse(false);
      s.record(row, hit, g.file() + ": gold=" + want.get().asText() + " got=" + got.map(JsonNode::asText).orElse(null));
    }
  }
}
