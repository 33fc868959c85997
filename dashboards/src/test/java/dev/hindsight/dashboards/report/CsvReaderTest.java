package dev.hindsight.dashboards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
    String csv = "a,b,c\n1,\"x, \"\"y\"\"\",\n2,\"two\nlines\",3.5\n";
    List<CsvRow> rows = CsvReader.readAll("t", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, rows.size());
    assertEquals("x, \"y\"", rows.get(0).required("b"));
    assertTrue(rows.get(0).text("c").isEmpty());
    assertEquals("two\nlines", rows.get(1).required("b"));
    assertEquals(3.5, rows.get(1).number("c").getAsDouble());
  }

  @Test
  void namesTheTableAndColumnWhenAColumnIsMissing() throws Exception {
    List<CsvRow> rows = CsvReader.readAll("quarterly", new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows.get(0).text("b"));
    assertTrue(e.getMessage().contains("table quarterly has no column b"), e.getMessage());
  }
}
