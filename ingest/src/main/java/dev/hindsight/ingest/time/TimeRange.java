package dev.hindsight.ingest.time;

/**
 * Two points joined as a span: "from X to Y", "X - Y", "X – Y", "between X and Y", "X until Y".
 *
 * <p>The points are the same objects as in {@link TimeScan#points()}; what one side lacks (date,
 * zone) is not filled in here, the caller decides.
 */
public record TimeRange(TimePoint from, TimePoint to) {}
