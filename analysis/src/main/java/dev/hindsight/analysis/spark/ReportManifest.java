package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code manifest.json}: the inputs, the period, the counts per status, and one entry (source, status, reason) per input
 * file, streamed from rows already sorted by source so that no more than one row is held at a time.
 */
final class ReportManifest {

  static final String FILE_NAME = "manifest.json";

  private ReportManifest() {}

  /** The manifest entries of {@code rows} (source, status, reason, in period), sorted by source as they are written. */
  static Dataset<Row> entries(Dataset<Row> rows, ReportPeriod period) {
    return rows
        .select(col(IncidentColumns.SOURCE), col(IncidentColumns.STATUS), col(PostmortemFileExtractor.REASON),
            period.keeps().as("in_period"))
        .orderBy(IncidentColumns.SOURCE);
  }

  /**
   * @param counts files per status key; every status is written, zero when absent
   * @param entries rows of (source, status, reason, in period), sorted by source
   */
  static void write(OutputStream out, List<String> inputs, long maxFileBytes, ReportPeriod period,
      Map<String, Long> counts, Iterator<Row> entries) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    // Fixed indentation and line ends whatever the platform, so two runs write the same bytes.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeArrayFieldStart("inputs");
    for (String input : inputs) {
      json.writeString(input);
    }
    json.writeEndArray();
    json.writeNumberField("maxFileBytes", maxFileBytes);
    json.writeStringField("period", period.label());
    long files = 0;
    for (long count : counts.values()) {
      files += count;
    }
    json.writeNumberField("files", files);
    for (String status : List.of(IncidentColumns.STATUS_OK, IncidentColumns.STATUS_PARTIAL,
        IncidentColumns.STATUS_REJECTED)) {
      json.writeNumberField(status, counts.getOrDefault(status, 0L));
    }
    json.writeArrayFieldStart("entries");
    while (entries.hasNext()) {
      Row entry = entries.next();
      json.writeStartObject();
      json.writeStringField("source", entry.getString(0));
      json.writeStringField("status", entry.getString(1));
      json.writeStringField("reason", entry.isNullAt(2) ? null : entry.getString(2));
      if (!period.isAll()) {
        // Outside the period: read and accounted for, but not in the incidents or the tables.
        json.writeBooleanField("inPeriod", entry.getBoolean(3));
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
