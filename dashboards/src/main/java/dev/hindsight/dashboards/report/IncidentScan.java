package dev.hindsight.dashboards.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import java.util.Objects;
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

  // The parts of an incidents.jsonl record the page reads; Jackson skips the rest (timeline, actions, texts), which
  // is most of every record, without building it. A part a record lacks is null.
  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Record(String id, String source, String title, String status, Times incident, Cause rootCause,
      List<Misleading> misleadingPaths, Quality quality) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Times(String start, Long timeToResolveMinutes, Long timeToDetectMinutes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Cause(String category, String component) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Misleading(String hypothesis, Long minutesLost) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Quality(Double score, List<String> flags) {}

  static IncidentScan of(InputStream jsonLines, Optional<String> quarter, int cap, Set<String> wanted)
      throws IOException {
    Map<String, DurationHistogram> durations = new TreeMap<>();
    TreeSet<Ordered> earliest = new TreeSet<>(EARLIEST);
    Map<String, IncidentLine> named = new HashMap<>();
    long inQuarter = 0;
    try (MappingIterator<Record> records = new ObjectMapper().readerFor(Record.class).readValues(jsonLines)) {
      while (records.hasNext()) {
        Record record = records.next();
        if (IncidentColumns.STATUS_REJECTED.equals(record.status())) {
          continue;
        }
        IncidentLine line = line(record);
        if (line.resolveMinutes().isPresent()) {
          durations.computeIfAbsent(category(record), key -> new DurationHistogram())
              .add(line.resolveMinutes().get());
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

  private static IncidentLine line(Record record) {
    Optional<Times> times = Optional.ofNullable(record.incident());
    Optional<String> start = times.map(Times::start);
    String component = Optional.ofNullable(record.rootCause()).map(Cause::component).orElse(IncidentColumns.UNKNOWN);
    List<String> misleading = new ArrayList<>();
    long minutesLost = 0;
    for (Misleading path : Objects.requireNonNullElse(record.misleadingPaths(), List.<Misleading>of())) {
      misleading.add(Objects.requireNonNullElse(path.hypothesis(), IncidentColumns.UNKNOWN));
      minutesLost += Objects.requireNonNullElse(path.minutesLost(), 0L);
    }
    Optional<Quality> quality = Optional.ofNullable(record.quality());
    return new IncidentLine(Objects.requireNonNullElse(record.id(), ""),
        Objects.requireNonNullElse(record.source(), ""), Objects.requireNonNullElse(record.title(), ""),
        QuarterKey.of(instant(start).orElse(null)), start, category(record) + "/" + component,
        times.map(Times::timeToResolveMinutes), times.map(Times::timeToDetectMinutes), misleading, minutesLost,
        quality.map(Quality::score), quality.map(Quality::flags).orElse(List.of()),
        Objects.requireNonNullElse(record.status(), ""));
  }

  private static String category(Record record) {
    return Optional.ofNullable(record.rootCause()).map(Cause::category).orElse(IncidentColumns.UNKNOWN);
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
}
