package dev.hindsight.ingest;

import dev.hindsight.ingest.time.TimeExpressionParser;
import dev.hindsight.ingest.time.TimePoint;
import dev.hindsight.ingest.time.TimeScan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports the doubtful time expressions of a document as warnings: a day and month that could be
 * either way round ("04/03/2024"), "14:30 PM", clocks that cannot be ("25:99"), ambiguous zones.
 * The reading chosen is in each message, so a user can check it.
 */
public final class DoubtfulTimes implements PostmortemStage {

  private final TimeExpressionParser times;

  public DoubtfulTimes(TimeExpressionParser times) {
    this.times = times;
  }

  @Override
  public Postmortem apply(Postmortem pm) {
    Set<String> seen = new LinkedHashSet<>();
    List<Warning> warnings = new ArrayList<>();
    for (Section section : pm.outline().sections()) {
      if (section.kind() == SectionKind.CORRECTIVE_ACTIONS || section.kind() == SectionKind.TASKS) {
        continue; // deadlines of action items do not date the incident
      }
      for (Block block : section.blocks()) {
        TimeScan scan = times.scan(block.text());
        List<Warning> found = new ArrayList<>(scan.warnings());
        for (TimePoint p : scan.points()) {
          found.addAll(p.warnings());
          p.zone().filter(z -> z.ambiguous()).ifPresent(z -> found.add(new Warning("ambiguous-zone",
              "'" + z.asWritten() + "' has several readings; read as UTC" + z.offsetAt(java.time.LocalDateTime.of(2024, 1, 1, 12, 0)).getId().replace("Z", "+00:00"))));
        }
        for (Warning w : found) {
          String where = block.lineNumber() > 0 ? "line " + block.lineNumber() + ": " : "";
          if (seen.add(w.kind() + w.message())) {
            warnings.add(new Warning(w.kind(), where + w.message()));
          }
        }
      }
    }
    return pm.warn(warnings);
  }
}
