package dev.hindsight.analysis.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One line of {@code incidents.jsonl}: its bytes, without the line end, and the source its record names (null when
 * it names none).
 */
record JsonLine(String source, byte[] bytes) {

  private static final JsonFactory JSON = new JsonFactory();

  /** The line of a record, its source read from the record. */
  static JsonLine of(byte[] bytes) {
    return new JsonLine(sourceOf(bytes), bytes);
  }

  /**
   * The lines of a JSON lines stream, read as they are asked for (a stream of gigabytes is never held). Each line's
   * source is read from its record's top-level {@code source} field, the rest of the record only skipped over.
   */
  static Iterator<JsonLine> read(InputStream in) {
    return new Lines(in);
  }

  private static String sourceOf(byte[] record) {
    try (JsonParser parser = JSON.createParser(record)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("source".equals(name)) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      // Not JSON: a line the merge cannot place, which makes it write the output afresh.
      return null;
    }
  }

  /** Splits the stream at {@code \n} in a buffer of its own: a byte-at-a-time stream would cost more than the rest. */
  private static final class Lines implements Iterator<JsonLine> {
    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int start;
    private int end;
    private boolean exhausted;
    private JsonLine next;

    Lines(InputStream in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = readLine();
      }
      return next != null;
    }

    @Override
    public JsonLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JsonLine line = next;
      next = null;
      return line;
    }

    private JsonLine readLine() {
      int scanned = start;
      while (true) {
        for (int i = scanned; i < end; i++) {
          if (buffer[i] == '\n') {
            byte[] line = Arrays.copyOfRange(buffer, start, i);
            start = i + 1;
            return JsonLine.of(line);
          }
        }
        scanned = end;
        if (exhausted) {
          if (start == end) {
            return null;
          }
          // A last line without its line end.
          byte[] line = Arrays.copyOfRange(buffer, start, end);
          start = end;
          return JsonLine.of(line);
        }
        scanned -= start;
        fillBuffer();
      }
    }

    private void fillBuffer() {
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      try {
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
          exhausted = true;
        } else {
          end += read;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
