package dev.hindsight.dashboards.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.spark.IncidentColumns;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of {@code manifest.json} that were not read cleanly, streamed entry by entry: the first few partial and
 * rejected files with their reasons, and how many there are in all.
 *
 * @param partial the first partial files, in manifest order (by source)
 * @param partialCount all partial files
 * @param rejected the first rejected files, in manifest order
 * @param rejectedCount all rejected files
 * @param files every file the manifest lists
 */
record ManifestProblems(List<Entry> partial, long partialCount, List<Entry> rejected, long rejectedCount,
    long files) {

  /** One file and why it was not read cleanly; both are untrusted text. */
  record Entry(String source, String reason) {}

  static ManifestProblems of(InputStream manifest, int cap) throws IOException {
    List<Entry> partial = new ArrayList<>();
    List<Entry> rejected = new ArrayList<>();
    long partialCount = 0;
    long rejectedCount = 0;
    long files = 0;
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser json = new JsonFactory().setCodec(mapper).createParser(manifest)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("manifest.json does not hold a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (!field.equals("entries") || value != JsonToken.START_ARRAY) {
          json.skipChildren();
          continue;
        }
        while (json.nextToken() == JsonToken.START_OBJECT) {
          JsonNode entry = json.readValueAsTree();
          files++;
          String status = entry.path("status").asText();
          Entry line = new Entry(entry.path("source").asText(""),
              entry.path("reason").isTextual() ? entry.path("reason").asText() : "");
          if (status.equals(IncidentColumns.STATUS_PARTIAL)) {
            partialCount++;
            if (partial.size() < cap) {
              partial.add(line);
            }
          } else if (status.equals(IncidentColumns.STATUS_REJECTED)) {
            rejectedCount++;
            if (rejected.size() < cap) {
              rejected.add(line);
            }
          }
        }
      }
    }
    return new ManifestProblems(List.copyOf(partial), partialCount, List.copyOf(rejected), rejectedCount, files);
  }
}
