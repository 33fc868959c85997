package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.VocabularyFile;
import dev.hindsight.ingest.synthetic.SyntheticIncident.CauseLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generator's data files (failure classes, causes, wording, zones, formats), read once and shared by all threads. */
public final class GeneratorVocabulary {

  private static final String DIR = "/dev/hindsight/ingest/synthetic/";

  /** A zone as it may be written: one fixed name, or a standard/daylight pair chosen by the date in a region. */
  record ZoneEntry(String standardName, String daylightName, String offsetOrRegion) {}

  private final WeightedChoice<String> classes;
  private final Map<String, List<CauseLine>> causesByClass;
  private final Map<String, List<String>> fixes;
  private final Map<String, List<String>> phrases;
  private final Map<String, List<String>> hypotheses;
  private final WeightedChoice<String> services;
  private final WeightedChoice<ZoneEntry> zones;
  private final WeightedChoice<String> datePatterns;
  private final WeightedChoice<String> clockPatterns;
  private final List<String[]> actions;

  private GeneratorVocabulary() {
    List<String> classKeys = new ArrayList<>();
    List<Double> classWeights = new ArrayList<>();
    for (String[] row : rows("classes.tsv", 3)) {
      classKeys.add(row[0] + "/" + row[1]);
      classWeights.add(Double.parseDouble(row[2]));
    }
    classes = WeightedChoice.of(classKeys, classWeights);
    causesByClass = new LinkedHashMap<>();
    for (String[] row : rows("causes.tsv", 6)) {
      causesByClass.computeIfAbsent(row[0] + "/" + row[1], k -> new ArrayList<>())
          .add(new CauseLine(row[0], row[1], list(row[2]), list(row[3]), row[4], row[5]));
    }
    for (String key : classKeys) {
      if (!causesByClass.containsKey(key)) {
        throw new IllegalStateException("classes.tsv names " + key + " but causes.tsv has no line for it");
      }
    }
    fixes = grouped("fixes.tsv");
    phrases = grouped("phrases.tsv");
    hypotheses = grouped("hypotheses.tsv");
    services = weighted("services.tsv");
    List<ZoneEntry> zoneEntries = new ArrayList<>();
    List<Double> zoneWeights = new ArrayList<>();
    for (String[] row : rows("zones.tsv", 3)) {
      String[] names = row[0].split("\\|");
      zoneEntries.add(new ZoneEntry(names[0], names.length > 1 ? names[1] : names[0], row[1]));
      zoneWeights.add(Double.parseDouble(row[2]));
    }
    zones = WeightedChoice.of(zoneEntries, zoneWeights);
    datePatterns = weighted("date-formats.tsv");
    clockPatterns = weighted("clock-formats.tsv");
    actions = VocabularyFile.read(DIR + "actions.tsv").stream().map(e -> new String[] {e.key(), e.phrase()}).toList();
  }

  private static final class Holder {
    static final GeneratorVocabulary STANDARD = new GeneratorVocabulary();
  }

  /** The vocabulary shipped with the generator. */
  public static GeneratorVocabulary standard() {
    return Holder.STANDARD;
  }

  WeightedChoice<String> classes() {
    return classes;
  }

  List<CauseLine> causes(String failureClass) {
    return causesByClass.get(failureClass);
  }

  /** Every template of a wording key; a missing key is a programming error. */
  List<String> phrases(String key) {
    List<String> p = phrases.get(key);
    if (p == null) {
      throw new IllegalStateException("phrases.tsv has no line for key " + key);
    }
    return p;
  }

  /** Fix sentences for a category, else its component, else the ones that fit anything. */
  List<String> fixes(String category, String component) {
    return fixes.getOrDefault(category, fixes.getOrDefault(component, fixes.get("*")));
  }

  List<String> genericFixes() {
    return fixes.get("*");
  }

  Map<String, List<String>> hypotheses() {
    return hypotheses;
  }

  WeightedChoice<String> services() {
    return services;
  }

  WeightedChoice<ZoneEntry> zones() {
    return zones;
  }

  WeightedChoice<String> datePatterns() {
    return datePatterns;
  }

  WeightedChoice<String> clockPatterns() {
    return clockPatterns;
  }

  /** Corrective actions as {type, text}. */
  List<String[]> actions() {
    return actions;
  }

  private static List<String> list(String cell) {
    return cell.equals("-") ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
  }

  private static Map<String, List<String>> grouped(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(DIR + file)) {
      out.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.phrase());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  private static WeightedChoice<String> weighted(String file) {
    List<String> items = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(DIR + file)) {
      items.add(e.key());
      weights.add(Double.parseDouble(e.phrase()));
    }
    return WeightedChoice.of(items, weights);
  }

  /** Tab-separated rows with a fixed number of columns; comments and blank lines skipped. */
  private static List<String[]> rows(String file, int columns) {
    InputStream in = GeneratorVocabulary.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("generator file " + DIR + file + " is missing from the class path");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != columns) {
          throw new IllegalStateException(file + ":" + number + ": expected " + columns + " tab-separated columns, got " + cells.length);
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generator file " + file, e);
    }
    return out;
  }
}
