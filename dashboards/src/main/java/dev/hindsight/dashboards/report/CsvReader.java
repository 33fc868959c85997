package dev.hindsight.dashboards.report;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Iterator;

/**
 * Streams the rows of a report table's CSV as the job writes it (RFC 4180: a header line, fields quoted with
 * {@code "} when needed and {@code ""} inside quotes, line breaks allowed inside quotes), one row at a time.
 */
public final class CsvReader implements Iterator<CsvRow>, Closeable {

  private final String table;
  private final BufferedReader in;
  private final Map<String, Integer> columns;
  private List<String> next;

  /** Reads the header at once; {@code table} names the table in messages. */
  public CsvReader(String table, InputStream bytes) throws IOException {
    this.table = table;
    this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
    List<String> header = record();
    if (header == null) {
      throw new IOException("table " + table + " is empty: its CSV has no header line");
    }
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.put(header.get(i), i);
    }
    this.columns = Collections.unmodifiableMap(positions);
    this.next = record();
  }

  /** Every row of a small table. */
  public static List<CsvRow> readAll(String table, InputStream bytes) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    try (CsvReader reader = new CsvReader(table, bytes)) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public CsvRow next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    List<String> values = next;
    if (values.size() != columns.size()) {
      throw new IllegalStateException("table " + table + " has a row of " + values.size() + " fields under a header of "
          + columns.size() + ": " + values);
    }
    try {
      next = record();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read table " + table, e);
    }
    return new CsvRow(table, columns, values);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  // One record, or null at the end; a blank line at the very end is not a record.
  private List<String> record() throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new IOException("table " + table + " ends inside a quoted field");
        }
        if (c == '"') {
          in.mark(1);
          int after = in.read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            in.reset();
          }
        } else {
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        fields.add(field.toString());
        return fields;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
  }
}
