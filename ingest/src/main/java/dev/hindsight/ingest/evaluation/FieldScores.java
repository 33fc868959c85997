package dev.hindsight.ingest.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hits and totals per field, with the misses kept for the failure message (shared with the analysis tests). */
public final class FieldScores {

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, List<String>> misses = new LinkedHashMap<>();

  /** Makes a row appear, in this position, even before or without any comparison. */
  public void declare(String field) {
    counts.computeIfAbsent(field, k -> new int[2]);
  }

  /** Counts one comparison of a field. */
  public void record(String field, boolean hit, String miss) {
    int[] c = counts.computeIfAbsent(field, k -> new int[2]);
    c[1]++;
    if (hit) {
      c[0]++;
    } else {
      misses.computeIfAbsent(field, k -> new ArrayList<>()).add(miss);
    }
  }

  /** The share of hits for a field; 1 when it was never compared. */
  public double rate(String field) {
    int[] c = counts.get(field);
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  /** How many comparisons a field had. */
  public int total(String field) {
    int[] c = counts.get(field);
    return c == null ? 0 : c[1];
  }

  /** The mean of the rates of the fields compared at least once, as score.py's last line. */
  public double mean() {
    return counts.values().stream().filter(c -> c[1] > 0).mapToDouble(c -> (double) c[0] / c[1]).average().orElse(0);
  }

  /** A table like score.py's, with the misses of each field under it. */
  public String table() {
    return table(true);
  }

  /** A table like score.py's, with or without the misses. */
  public String table(boolean withMisses) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((field, c) -> {
      sb.append(String.format("%-40s %3d/%-3d %.3f%n", field, c[0], c[1], c[1] == 0 ? 1.0 : (double) c[0] / c[1]));
      for (String m : withMisses ? misses.getOrDefault(field, List.of()) : List.<String>of()) {
        sb.append("    miss: ").append(m).append('\n');
      }
    });
    return sb.toString();
  }
}
