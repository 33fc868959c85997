package dev.hindsight.analysis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The vocabularies the root cause stage reads (resource files beside this class), loaded once per
 * JVM: cause categories (causes.tsv), weaker hints (cause-hints.tsv), components (components.tsv),
 * the cues that say how a sentence talks about a cause (cause-cues.tsv), and the component to
 * assume for a category when none is named (cause-defaults.tsv).
 */
final class CauseLexicon {

  private static final String DIR = "/dev/hindsight/analysis/nlp/";
  // The vocabularies, in the order CausePhrases reports their matches.
  private static final int CATEGORIES = 0;
  private static final int HINTS = 1;
  private static final int COMPONENTS = 2;
  private static final int CUES = 3;

  private final CausePhrases phrases;
  private final Map<String, String> defaults;
  /** Part to whole: a part named beside its whole is the whole's. */
  private final Map<String, String> wholes;

  private CauseLexicon() {
    phrases = CausePhrases.load(DIR + "causes.tsv", DIR + "cause-hints.tsv", DIR + "components.tsv", DIR + "cause-cues.tsv");
    defaults = pairs(DIR + "cause-defaults.tsv");
    for (Map.Entry<String, String> d : defaults.entrySet()) {
      if (!categoryKeys().contains(d.getKey()) || !componentKeys().contains(d.getValue())) {
        throw new IllegalStateException("cause-defaults.tsv: unknown category or component in '" + d.getKey() + "\t" + d.getValue() + "'");
      }
    }
    Map<String, String> parts = new HashMap<>();
    pairs(DIR + "component-parts.tsv").forEach((whole, part) -> {
      if (!componentKeys().contains(whole) || !componentKeys().contains(part)) {
        throw new IllegalStateException("component-parts.tsv: unknown component in '" + whole + "\t" + part + "'");
      }
      parts.put(part, whole);
    });
    wholes = Map.copyOf(parts);
  }

  /** The vocabularies of this JVM, read on first use. */
  static CauseLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CauseLexicon INSTANCE = new CauseLexicon();
  }

  /** Category keys in priority order (the earlier wins an exact tie). */
  List<String> categoryKeys() {
    return phrases.keys(CATEGORIES);
  }

  /** Component keys in priority order. */
  List<String> componentKeys() {
    return phrases.keys(COMPONENTS);
  }

  /** Everything the vocabularies find in one sentence, read in one pass. */
  Found find(String lower) {
    List<List<Mention>> all = phrases.find(lower);
    Map<String, List<Mention>> cues = new HashMap<>();
    for (Mention m : all.get(CUES)) {
      cues.computeIfAbsent(m.key(), k -> new ArrayList<>(2)).add(m);
    }
    return new Found(longestOf(all.get(CATEGORIES)), longestOf(all.get(HINTS)), longestOf(all.get(COMPONENTS)), new Cues(cues));
  }

  /** The component a part belongs to when both are named together ("the CDN's caching rules"). */
  Optional<String> wholeOf(String part) {
    return Optional.ofNullable(wholes.get(part));
  }

  /** The component to assume when a category names none. */
  Optional<String> defaultComponent(String category) {
    return Optional.ofNullable(defaults.get(category));
  }

  /** Keeps, of mentions that overlap, the longest (the earlier key on equal length): the most specific phrase wins. */
  private static List<Mention> longestOf(List<Mention> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Mention> bySize = new ArrayList<>(found);
    bySize.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end())
        .thenComparingInt(Mention::start).thenComparingInt(Mention::rank));
    // Kept mentions never overlap, so the one starting at or before a position is the only one that can cover it.
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention m : bySize) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(m.start());
      Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.start());
      if ((before == null || !before.getValue().overlaps(m)) && (after == null || !after.getValue().overlaps(m))) {
        kept.put(m.start(), m);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private static Map<String, String> pairs(String resource) {
    InputStream in = CauseLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("vocabulary file " + resource + " is missing from the class path");
    }
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalStateException(resource + ":" + number + ": expected 'key<TAB>value', got '" + line + "'");
        }
        out.put(parts[0].strip(), parts[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary file " + resource, e);
    }
    return Map.copyOf(out);
  }

  /**
   * One phrase of a vocabulary found in a sentence: its key, where it sits in the text, and its
   * key's place in the file (lower is earlier, which wins ties).
   */
  record Mention(String key, int start, int end, int rank) {

    boolean overlaps(Mention other) {
      return start < other.end && other.start < end;
    }
  }

  /**
   * What the vocabularies found in one sentence; where phrases of one vocabulary overlap, only the
   * longest is kept (the most specific phrase wins).
   *
   * @param categories plainly stated categories
   * @param hints weak category hints
   * @param components components named
   * @param cues how the sentence talks about a cause, by kind
   */
  record Found(List<Mention> categories, List<Mention> hints, List<Mention> components, Cues cues) {

    /** The hints that overlap neither a plain category phrase nor a component ("load" in "load balancer"). */
    List<Mention> hintsApartFrom(List<Mention> stated) {
      List<Mention> out = new ArrayList<>();
      for (Mention h : hints) {
        if (stated.stream().noneMatch(h::overlaps) && components.stream().noneMatch(h::overlaps)) {
          out.add(h);
        }
      }
      return out;
    }
  }

  /** The cues of one sentence, by kind. */
  record Cues(Map<String, List<Mention>> byKey) {

    /** True when the sentence has a cue of that kind. */
    boolean has(String key) {
      return byKey.containsKey(key);
    }

    /** The cues of that kind, in text order. */
    List<Mention> get(String key) {
      return byKey.getOrDefault(key, List.of());
    }
  }
}
