package dev.hindsight.analysis.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One named aggregate table and the stable keys that order its rows when written.
 *
 * @param name the file name under {@code tables/}
 * @param data the rows
 * @param keys columns whose values identify a row, in sort order
 */
public record ReportTable(String name, Dataset<Row> data, List<String> keys) {

  public ReportTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys of table " + name + " must not be empty");
    }
    List<String> columns = List.of(data.columns());
    for (String key : keys) {
      if (!columns.contains(key)) {
        throw new IllegalArgumentException("key " + key + " of table " + name + " is not among its columns " + columns);
      }
    }
  }

  /**
   * The rows in one partition, sorted by the keys: the order to write or chart them in. Report tables are small;
   * sorting within a single partition spares the sampling job a global {@code orderBy} would run.
   */
  public Dataset<Row> sorted() {
    return data.coalesce(1).sortWithinPartitions(keys.stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
  }
}
