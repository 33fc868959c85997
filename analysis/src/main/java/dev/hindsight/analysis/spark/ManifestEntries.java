package dev.hindsight.analysis.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A {@code manifest.json} read back as {@link ReportManifest} wrote it: the period it covered, then its entries as rows
 * of (source, status, reason, in period), streamed (a million entries are never held).
 */
final class ManifestEntries implements Iterator<Row>, Closeable {

  private static final JsonFactory JSON = new JsonFactory();

  private final JsonParser parser;
  private final String period;
  private Row next;
  private boolean done;

  /** Reads the manifest's head, up to its entries; fails when it is not a manifest. */
  ManifestEntries(InputStream in) throws IOException {
    parser = JSON.createParser(in);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("not a manifest: it is not a JSON object");
    }
    String periodSeen = null;
    while (true) {
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        throw new IOException("not a manifest: it has no entries");
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("period".equals(name) && value == JsonToken.VALUE_STRING) {
        periodSeen = parser.getText();
      } else if ("entries".equals(name)) {
        if (value != JsonToken.START_ARRAY) {
          throw new IOException("not a manifest: its entries are not a list");
        }
        break;
      } else {
        parser.skipChildren();
      }
    }
    if (periodSeen == null) {
      throw new IOException("not a manifest: it names no period before its entries");
    }
    period = periodSeen;
  }

  /** The label of the period the manifest's report covered, as {@link ReportPeriod#label} gives it. */
  String period() {
    return period;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readEntry();
      } catch (IOException e) {
        throw new UncheckedIOException("the previous manifest cannot be read: " + e.getMessage(), e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row entry = next;
    next = null;
    return entry;
  }

  private Row readEntry() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new IOException("an entry is not a JSON object");
    }
    String source = null;
    String status = null;
    String reason = null;
    // Written only for a period other than all time, where every entry is in it.
    boolean inPeriod = true;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "source" -> source = text(value);
        case "status" -> status = text(value);
        case "reason" -> reason = text(value);
        case "inPeriod" -> inPeriod = value == JsonToken.VALUE_TRUE;
        default -> parser.skipChildren();
      }
    }
    if (source == null || status == null) {
      throw new IOException("an entry lacks its source or status");
    }
    return RowFactory.create(source, status, reason, inPeriod);
  }

  private String text(JsonToken value) throws IOException {
    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
