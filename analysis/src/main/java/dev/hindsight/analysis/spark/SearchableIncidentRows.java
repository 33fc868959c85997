package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.search.SearchableIncident;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Extracted rows as the search index takes them: the accepted incidents, with the texts the index needs. */
final class SearchableIncidentRows {

  private static final String[] COLUMNS = {
    IncidentColumns.ID, IncidentColumns.TITLE, IncidentColumns.SOURCE, IncidentColumns.START_UTC,
    IncidentColumns.DURATION_MINUTES, IncidentColumns.CATEGORY, IncidentColumns.COMPONENT, IncidentColumns.SERVICES,
    IncidentColumns.MISLEADING, IncidentColumns.DETECTION_METHOD, PostmortemFileExtractor.CAUSE_TEXT,
    PostmortemFileExtractor.SUMMARY_TEXT, PostmortemFileExtractor.FULL_TEXT
  };

  private SearchableIncidentRows() {}

  /** The accepted incidents of {@code extracted}, as the columns {@link #of} reads. */
  static Dataset<Row> select(Dataset<Row> extracted) {
    Column[] columns = new Column[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      columns[i] = org.apache.spark.sql.functions.col(COLUMNS[i]);
    }
    return IncidentColumns.accepted(extracted).select(columns);
  }

  /** One row of {@link #COLUMNS}; unknown keys read as the taxonomy's "unknown", as in the records. */
  static SearchableIncident of(Row row) {
    Set<String> services = new LinkedHashSet<>();
    if (!row.isNullAt(7)) {
      for (Object service : row.getList(7)) {
        String name = String.valueOf(service).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          services.add(name);
        }
      }
    }
    Set<String> hypotheses = new LinkedHashSet<>();
    if (!row.isNullAt(8)) {
      for (Object path : row.getList(8)) {
        Row misleading = (Row) path;
        if (!misleading.isNullAt(0)) {
          hypotheses.add(misleading.getString(0));
        }
      }
    }
    return new SearchableIncident(
        row.getString(0),
        text(row, 1),
        row.getString(2),
        row.isNullAt(3) ? Optional.empty() : Optional.of(((Timestamp) row.get(3)).toInstant()),
        row.isNullAt(4) ? OptionalLong.empty() : OptionalLong.of(row.getLong(4)),
        row.isNullAt(5) ? IncidentColumns.UNKNOWN : row.getString(5),
        row.isNullAt(6) ? IncidentColumns.UNKNOWN : row.getString(6),
        new ArrayList<>(services),
        List.copyOf(hypotheses),
        row.isNullAt(9) ? IncidentColumns.UNKNOWN : row.getString(9),
        text(row, 10),
        text(row, 11),
        text(row, 12));
  }

  private static String text(Row row, int index) {
    return row.isNullAt(index) ? "" : row.getString(index);
  }
}
