package dev.hindsight.dashboards.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of a report table's CSV, read by column name; an empty field is a null value.
 *
 * @param table the table name, for messages
 * @param columns column name to position, shared by the rows of one table
 * @param values the fields in column order
 */
public record CsvRow(String table, Map<String, Integer> columns, List<String> values) {

  public CsvRow {
    values = List.copyOf(values);
  }

  /** The field as written, or empty when the field is empty. */
  public Optional<String> text(String column) {
    String value = values.get(position(column));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The field, which must be present. */
  public String required(String column) {
    return text(column).orElseThrow(() -> new IllegalStateException(
        "table " + table + " has no value in column " + column + " of row " + values));
  }

  /** The field as a number, or empty when the field is empty. */
  public OptionalDouble number(String column) {
    Optional<String> value = text(column);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(value.get()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("table " + table + " has '" + value.get() + "' in number column " + column, e);
    }
  }

  /** The field as a whole number, 0 when empty (counts are never empty in the tables). */
  public long count(String column) {
    return (long) number(column).orElse(0);
  }

  private int position(String column) {
    Integer position = columns.get(column);
    if (position == null) {
      throw new IllegalStateException("table " + table + " has no column " + column + "; it has "
          + columns.keySet());
    }
    return position;
  }
}
