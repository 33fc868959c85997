package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.STATUS;
import static dev.hindsight.analysis.spark.IncidentColumns.STATUS_OK;
import static dev.hindsight.analysis.spark.IncidentColumns.STATUS_PARTIAL;
import static dev.hindsight.analysis.spark.IncidentColumns.STATUS_REJECTED;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENTS;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Input documents per status (ok, partial, rejected), each listed even at zero so the table's shape is fixed. */
public final class StatusCounts {

  public static final String NAME = "status_counts";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(STATUS);

  private static final List<String> STATUSES = List.of(STATUS_OK, STATUS_PARTIAL, STATUS_REJECTED);
  private static final String ENTRY = "entry";

  private StatusCounts() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    Column[] counts = STATUSES.stream()
        .map(status -> count(when(col(STATUS).equalTo(lit(status)), lit(1))).as(status))
        .toArray(Column[]::new);
    Column[] entries = STATUSES.stream()
        .map(status -> struct(lit(status).as(STATUS), col(status).as(INCIDENTS)))
        .toArray(Column[]::new);
    return incidents
        .agg(counts[0], Arrays.copyOfRange(counts, 1, counts.length))
        .select(explode(array(entries)).as(ENTRY))
        .select(col(ENTRY).getField(STATUS).as(STATUS), col(ENTRY).getField(INCIDENTS).as(INCIDENTS));
  }
}
