package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of incidents.jsonl read back with the source each record names. */
class JsonLineTest {

  private static List<JsonLine> read(String text) {
    List<JsonLine> lines = new ArrayList<>();
    JsonLine.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void eachLineKeepsItsBytesAndNamesItsSource() {
    List<JsonLine> lines = read("{\"id\":\"1\",\"source\":\"a/x.md\",\"title\":\"T\"}\n{\"source\":\"a/y.md\"}\n");

    assertEquals(List.of("a/x.md", "a/y.md"), lines.stream().map(JsonLine::source).toList());
    assertArrayEquals("{\"id\":\"1\",\"source\":\"a/x.md\",\"title\":\"T\"}".getBytes(StandardCharsets.UTF_8),
        lines.get(0).bytes());
  }

  @Test
  void theSourceIsFoundAfterNestedFieldsOfTheSameName() {
    JsonLine line = JsonLine.of(("{\"incident\":{\"source\":\"inner\"},\"notes\":[{\"source\":\"x\"}],"
        + "\"source\":\"outer.md\"}").getBytes(StandardCharsets.UTF_8));

    assertEquals("outer.md", line.source());
  }

  @Test
  void aRecordWithoutASourceOrNotJsonNamesNone() {
    assertNull(JsonLine.of("{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)).source());
    assertNull(JsonLine.of("not json".getBytes(StandardCharsets.UTF_8)).source());
    assertNull(JsonLine.of("{\"source\":7}".getBytes(StandardCharsets.UTF_8)).source());
  }

  @Test
  void aLastLineWithoutItsLineEndIsRead() {
    assertEquals(List.of("a", "b"), read("{\"source\":\"a\"}\n{\"source\":\"b\"}").stream()
        .map(JsonLine::source).toList());
  }

  @Test
  void linesLongerThanTheReadBufferComeWhole() {
    String longRecord = "{\"source\":\"a\",\"text\":\"" + "x".repeat(3 << 20) + "\"}";
    List<JsonLine> lines = read(longRecord + "\n{\"source\":\"é\"}\n");

    assertEquals(List.of("a", "é"), lines.stream().map(JsonLine::source).toList());
    assertEquals(longRecord, new String(lines.get(0).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyStreamHasNoLines() {
    assertEquals(List.of(), read(""));
  }
}
