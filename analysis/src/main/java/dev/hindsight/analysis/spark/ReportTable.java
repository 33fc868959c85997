package dev.hindsight.analysis.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One named report table and the stable keys that order its rows when written.
 *
 * @param name the file name under {@code tables/}
 * @param data the rows
 * @param keys columns whose values identify a row, in sort order
 * @param perIncident whether the table has a row per incident, growing with the corpus, rather than one per group
 */
public record ReportTable(String name, Dataset<Row> data, List<String> keys, boolean perIncident) {

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

  /** A table of aggregates: a row per group, few rows. */
  public ReportTable(String name, Dataset<Row> data, List<String> keys) {
    this(name, data, keys, false);
  }

  /**
   * The rows sorted by the keys, partition after partition: the order to write or chart them in. An aggregate table
   * is sorted in one partition, sparing it the sampling job of a global sort; a table with a row per incident is
   * sorted by ranges of keys on every core, since in one partition it would run on one core alone.
   */
  public Dataset<Row> sorted() {
    Column[] order = keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    return perIncident ? data.orderBy(order) : data.coalesce(1).sortWithinPartitions(order);
  }
}
