package dev.hindsight.dashboards.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.spark.IncidentColumns;
import dev.hindsight.ingest.time.QuarterKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the page needs from the per-incident records, gathered in one streaming pass over {@code incidents.jsonl}:
 * resolve times per category (as histograms), the selected quarter's incidents up to a cap, and the few incidents
 * other sections name by id. One record is held at a time.
 *
 * @param durations resolve-time histograms by root-cause category
 * @param listed the selected quarter's incidents, earliest start first, at most the cap
 * @param inQuarter how many incidents the selected quarter has in all
 * @param named the incidents asked for by id that were found
 */
record IncidentScan(Map<String, DurationHistogram> durations, List<IncidentLine> listed, long inQuarter,
    Map<String, IncidentLine> named) {

  private static final Comparator<Ordered> EARLIEST = Comparator.comparing(Ordered::start)
      .thenComparing(ordered -> ordered.line().id());

  private record Ordered(Instant start, IncidentLine line) {}

  static IncidentScan of(InputStream jsonLines, Optional<String> quarter, int cap, Set<String> wanted)
      throws IOException {
    Map<String, DurationHistogram> durations = new TreeMap<>();
    TreeSet<Ordered> earliest = new TreeSet<>(EARLIEST);
    Map<String, IncidentLine> named = new HashMap<>();
    long inQuarter = 0;
    try (MappingIterator<JsonNode> records = new ObjectMapper().readerFor(JsonNode.class).readValues(jsonLines)) {
      while (records.hasNext()) {
        JsonNode record = records.next();
        if (IncidentColumns.STATUS_REJECTED.equals(text(record, "status").orElse(""))) {
          continue;
        }
        IncidentLine line = line(record);
        if (line.resolveMinutes().isPresent()) {
          String category = text(record.path("rootCause"), "category").orElse(IncidentColumns.UNKNOWN);
          durations.computeIfAbsent(category, key -> new DurationHistogram()).add(line.resolveMinutes().get());
        }
        if (wanted.contains(line.id())) {
          named.put(line.id(), line);
        }
        if (quarter.isPresent() && quarter.get().equals(line.quarter())) {
          inQuarter++;
          earliest.add(new Ordered(instant(line.start()).orElse(Instant.MAX), line));
          if (earliest.size() > cap) {
            earliest.pollLast();
          }
        }
      }
    }
    List<IncidentLine> listed = new ArrayList<>();
    earliest.forEach(ordered -> listed.add(ordered.line()));
    return new IncidentScan(Collections.unmodifiableMap(durations), List.copyOf(listed), inQuarter,
        Collections.unmodifiableMap(named));
  }

  private static IncidentLine line(JsonNode record) {
    JsonNode incident = record.path("incident");
    Optional<String> start = text(incident, "start");
    String category = text(record.path("rootCause"), "category").orElse(IncidentColumns.UNKNOWN);
    String component = text(record.path("rootCause"), "component").orElse(IncidentColumns.UNKNOWN);
    List<String> misleading = new ArrayList<>();
    long minutesLost = 0;
    for (JsonNode path : record.path("misleadingPaths")) {
      misleading.add(text(path, "hypothesis").orElse(IncidentColumns.UNKNOWN));
      minutesLost += path.path("minutesLost").isNumber() ? path.path("minutesLost").asLong() : 0;
    }
    List<String> flags = new ArrayList<>();
    record.path("quality").path("flags").forEach(flag -> flags.add(flag.asText()));
    JsonNode score = record.path("quality").path("score");
    return new IncidentLine(text(record, "id").orElse(""), text(record, "source").orElse(""),
        text(record, "title").orElse(""), QuarterKey.of(instant(start).orElse(null)), start,
        category + "/" + component, minutes(incident, "timeToResolveMinutes"),
        minutes(incident, "timeToDetectMinutes"), misleading, minutesLost,
        score.isNumber() ? Optional.of(score.asDouble()) : Optional.empty(), flags,
        text(record, "status").orElse(""));
  }

  // The same rule as the incidents table: only a start with a date and an offset has a place in time.
  private static Optional<Instant> instant(Optional<String> start) {
    if (start.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(start.get()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> minutes(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? Optional.of(value.asLong()) : Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
