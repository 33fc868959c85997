package dev.hindsight.ingest.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Pairs neighbouring points written as a span: "from X to Y", "X - Y", "between X and Y", "X until Y". */
final class RangeReader {

  private static final Set<String> CONNECTORS =
      Set.of("-", "--", "–", "—", "->", "→", "to", "until", "till", "til", "through", "thru");
  private static final int MAX_GAP = 12;

  /** Ranges in order of appearance; each point is in at most one range. */
  List<TimeRange> find(String text, List<TimePoint> points) {
    List<TimeRange> ranges = new ArrayList<>(0);
    for (int i = 0; i + 1 < points.size(); i++) {
      TimePoint from = points.get(i);
      TimePoint to = points.get(i + 1);
      // a date on one side and a bare clock on the other ("22 July 2024 - 10:00 alert") is a timeline entry
      if (from.hasTime() != to.hasTime() || to.start() - from.end() > MAX_GAP) {
        continue;
      }
      // Closing brackets and commas around the connector: "1:15 AM EAT (Nov 13, 2023) to 1:15 AM".
      String gap = text.substring(from.end(), to.start()).toLowerCase(Locale.ROOT)
          .replaceAll("^[\\s),\\]]+|[\\s(,\\[]+$", "");
      if (CONNECTORS.contains(gap) || (gap.equals("and") && afterBetween(text, from.start()))) {
        ranges.add(new TimeRange(from, to));
        i++;
      }
    }
    return ranges;
  }

  private static boolean afterBetween(String text, int start) {
    int p = start;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p >= 7 && text.regionMatches(true, p - 7, "between", 0, 7)
        && (p == 7 || !Character.isLetter(text.charAt(p - 8)));
  }
}
