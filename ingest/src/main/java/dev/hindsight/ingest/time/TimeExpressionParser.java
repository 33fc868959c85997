package dev.hindsight.ingest.time;

import dev.hindsight.ingest.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Finds points in time, durations and ranges written in free text such as postmortem timelines. */
public final class TimeExpressionParser {

  private final DateReader dates;
  private final ClockReader clocks;
  private final ZoneReader zones;
  private final DurationReader durations;
  private final PointAssembler assembler;
  private final RangeReader ranges;

  private static final int CACHED_LINES = 512;
  private static final int CACHED_LENGTH = 2000;
  private final ThreadLocal<Map<String, TimeScan>> recent = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(CACHED_LINES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TimeScan> eldest) {
          return size() > CACHED_LINES;
        }
      });

  private TimeExpressionParser(ZoneTable zoneTable) {
    this.zones = new ZoneReader(zoneTable);
    this.dates = new DateReader();
    this.clocks = new ClockReader(zones);
    this.durations = new DurationReader();
    this.assembler = new PointAssembler();
    this.ranges = new RangeReader();
  }

  /** The shared parser over {@link ZoneTable#standard()}; immutable, safe to use from many threads. */
  public static TimeExpressionParser standard() {
    return Holder.STANDARD;
  }

  /** A parser that reads zone names from the given table. */
  public static TimeExpressionParser withZones(ZoneTable zoneTable) {
    return new TimeExpressionParser(Objects.requireNonNull(zoneTable, "zoneTable"));
  }

  /** Everything time-like in {@code text}, each list in order of appearance, offsets into {@code text}. */
  public TimeScan scan(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > CACHED_LENGTH) {
      return read(text);
    }
    // The parsing stages read the same lines of a document several times: remember recent ones.
    Map<String, TimeScan> cache = recent.get();
    TimeScan scan = cache.get(text);
    if (scan == null) {
      scan = read(text);
      cache.put(text, scan);
    }
    return scan;
  }

  private TimeScan read(String text) {
    List<Warning> skipped = new ArrayList<>(0);
    // readers claim text in order of precedence: "22.07.2024" is a date before "22.07" can be a time,
    // and "2100 hrs" is a time before it can be 2100 hours
    ClaimedSpans claimed = new ClaimedSpans();
    List<DateReader.Hit> dateHits = dates.find(text, skipped);
    dateHits.forEach(d -> claimed.claim(d.start(), d.end()));
    List<ClockReader.Hit> clockHits = clocks.find(text, claimed, skipped);
    List<ZoneReader.Hit> zoneHits = clockHits.isEmpty() ? List.of() : zones.findNear(text, clockHits, claimed);
    List<TimePoint> points = assembler.assemble(text, dateHits, clockHits, zoneHits);
    List<DurationMention> lengths = durations.find(text, claimed);
    return new TimeScan(points, lengths, ranges.find(text, points), skipped);
  }

  // Initialization-on-demand holder: built once, on first use.
  private static final class Holder {
    static final TimeExpressionParser STANDARD = new TimeExpressionParser(ZoneTable.standard());
  }
}
