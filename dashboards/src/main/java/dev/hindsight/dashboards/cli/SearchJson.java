package dev.hindsight.dashboards.cli;

import static dev.hindsight.analysis.search.IncidentIndexFields.CATEGORY;
import static dev.hindsight.analysis.search.IncidentIndexFields.COMPONENT;
import static dev.hindsight.analysis.search.IncidentIndexFields.DURATION;
import static dev.hindsight.analysis.search.IncidentIndexFields.FAILURE_CLASS;
import static dev.hindsight.analysis.search.IncidentIndexFields.ID;
import static dev.hindsight.analysis.search.IncidentIndexFields.QUARTER;
import static dev.hindsight.analysis.search.IncidentIndexFields.SOURCE;
import static dev.hindsight.analysis.search.IncidentIndexFields.START;
import static dev.hindsight.analysis.search.IncidentIndexFields.TITLE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.analysis.search.FacetCount;
import dev.hindsight.analysis.search.SearchHit;
import dev.hindsight.analysis.search.SearchResults;
import dev.hindsight.analysis.search.SimilarIncident;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} output of {@code search} and {@code similar}: one object, keys named as the index fields
 * ({@link dev.hindsight.analysis.search.IncidentIndexFields}), absent values as {@code null}. Documented in the
 * README; a stable contract.
 */
final class SearchJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
      .withZone(java.time.ZoneOffset.UTC);

  private SearchJson() {}

  /** {@code {"query", "total", "results": [hit...], "facets": {dim: [{"value", "count"}...]}}}. */
  static String results(SearchResults r) {
    ObjectNode root = NODES.objectNode();
    root.put("query", r.query());
    root.put("total", r.total());
    ArrayNode results = root.putArray("results");
    for (SearchHit h : r.hits()) {
      results.add(hit(h));
    }
    ObjectNode facets = root.putObject("facets");
    for (Map.Entry<String, List<FacetCount>> dim : r.facets().entrySet()) {
      ArrayNode values = facets.putArray(dim.getKey());
      for (FacetCount c : dim.getValue()) {
        values.addObject().put("value", c.value()).put("count", c.count());
      }
    }
    return IncidentJson.line(root);
  }

  /** {@code {"incident": {"id", "title", "source", "class"}, "results": [hit + sameClass, sharedWords, reason]}}. */
  static String similar(SearchHit probe, List<SimilarIncident> found) {
    ObjectNode root = NODES.objectNode();
    ObjectNode incident = root.putObject("incident");
    incident.put(ID, probe.id());
    incident.put(TITLE, probe.title());
    incident.put(SOURCE, probe.source());
    incident.put(FAILURE_CLASS, probe.failureClass().orElse(null));
    ArrayNode results = root.putArray("results");
    for (SimilarIncident s : found) {
      ObjectNode node = hit(s.incident());
      node.put("sameClass", s.sameFailureClass());
      ArrayNode words = node.putArray("sharedWords");
      s.sharedWords().forEach(words::add);
      node.put("reason", s.reason());
      results.add(node);
    }
    return IncidentJson.line(root);
  }

  private static ObjectNode hit(SearchHit h) {
    ObjectNode node = NODES.objectNode();
    node.put(ID, h.id());
    node.put(TITLE, h.title());
    node.put(SOURCE, h.source());
    node.put(START, h.start().map(MINUTES::format).orElse(null));
    node.put(QUARTER, h.quarter());
    if (h.durationMinutes().isPresent()) {
      node.put(DURATION, h.durationMinutes().getAsLong());
    } else {
      node.putNull(DURATION);
    }
    node.put(CATEGORY, h.category());
    node.put(COMPONENT, h.component());
    node.put(FAILURE_CLASS, h.failureClass().orElse(null));
    // Three decimals: enough to order by, and the same text on every run.
    node.put("score", Math.round(h.score() * 1000) / 1000.0);
    node.put("snippet", h.snippet().isEmpty() ? null : h.snippet());
    return node;
  }
}
