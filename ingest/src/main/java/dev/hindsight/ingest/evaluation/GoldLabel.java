package dev.hindsight.ingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One line of a labels.jsonl file: what a careful reader found in one postmortem (format in taxonomy.md). */
public record GoldLabel(String file, JsonNode json) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every label of a labels file, in file order. */
  public static List<GoldLabel> load(Path labels) {
    try {
      List<GoldLabel> out = new ArrayList<>();
      for (String line : Files.readAllLines(labels)) {
        if (!line.isBlank()) {
          JsonNode node = MAPPER.readTree(line);
          out.add(new GoldLabel(node.get("file").asText(), node));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels " + labels, e);
    }
  }

  /** A dotted field ("incident.startLocal"), empty when absent or null. */
  public Optional<JsonNode> field(String dotted) {
    JsonNode node = json;
    for (String part : dotted.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }
}
