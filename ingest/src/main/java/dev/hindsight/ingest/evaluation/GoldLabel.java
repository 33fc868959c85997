package dev.hindsight.ingest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    return first(labels, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} labels of a labels file, in file order; the rest of the file is not read, so a sample of
   * a million-document corpus's labels costs what the sample costs.
   */
  public static List<GoldLabel> first(Path labels, int limit) {
    List<GoldLabel> out = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null && out.size() < limit; line = lines.readLine()) {
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
