package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.VocabularyFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vocabulary of short phrases matched over a sentence's word stems: timeline event cues,
 * misleading-path cues and hypothesis names.
 *
 * <p>Same file format as {@link dev.hindsight.ingest.Lexicon} ({@code key<TAB>phrase}, {@code #}
 * comments, keys in priority order), but a phrase is words, not a regular expression, and is
 * matched on stems, so "suspect" also finds "suspected", "suspects" and "suspecting". A regular
 * expression scan costs about 0.3 µs per phrase per sentence, which over every sentence of every
 * document would cost more than the whole enrichment may take; a stem lookup per token does not.
 *
 * <p>Phrase syntax, words separated by spaces:
 *
 * <ul>
 *   <li>{@code was|were} alternatives; {@code _} joins words inside one alternative
 *       ({@code look_into|check});
 *   <li>{@code =found} the exact lower-case word rather than its stem (tense matters);
 *   <li>{@code the?} an optional word (the mark goes after the whole slot);
 *   <li>{@code *} up to three words of anything, never first;
 *   <li>{@code #} a number or clock time ("dropped at #"), never first.
 * </ul>
 */
final class StemLexicon {

  /** How many words a {@code *} may skip. */
  private static final int GAP = 3;

  private final String name;
  private final List<String> keys;
  private final Map<String, List<Phrase>> byFirstStem;

  /** One phrase found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive). */
  record Match(String key, int keyRank, int start, int end, String phrase) {

    int length() {
      return end - start;
    }
  }

  /** How a term matches a token. */
  private enum Way { STEM, EXACT, NUMBER }

  /** A word to match: by its stem, its exact word, or any number; {@code stem} keys the index. */
  private record Term(String value, String stem, Way way) {}

  private record Slot(List<List<Term>> alternatives, boolean optional, boolean gap) {}

  private record Phrase(String key, int keyRank, String text, List<Slot> slots) {}

  private StemLexicon(String name, List<String> keys, Map<String, List<Phrase>> byFirstStem) {
    this.name = name;
    this.keys = List.copyOf(keys);
    this.byFirstStem = byFirstStem;
  }

  /** Loads a vocabulary from the class path; a missing or malformed file fails with its name and line. */
  static StemLexicon load(String resource, NlpModels models) {
    List<String> keys = new ArrayList<>();
    Map<String, List<Phrase>> index = new HashMap<>();
    for (VocabularyFile.Entry e : VocabularyFile.read(resource)) {
      if (!keys.contains(e.key())) {
        keys.add(e.key());
      }
      Phrase phrase = parse(e.key(), keys.indexOf(e.key()), e.phrase(), models, e.where());
      for (List<Term> first : phrase.slots().get(0).alternatives()) {
        index.computeIfAbsent(first.get(0).stem(), k -> new ArrayList<>()).add(phrase);
      }
    }
    return new StemLexicon(resource, keys, index);
  }

  private static Phrase parse(String key, int rank, String text, NlpModels models, String where) {
    List<Slot> slots = new ArrayList<>();
    for (String raw : text.split(" +")) {
      if (raw.equals("*") || raw.equals("#")) {
        if (slots.isEmpty()) {
          throw new IllegalStateException(where + ": a phrase cannot start with '" + raw + "': '" + text + "'");
        }
        slots.add(raw.equals("*")
            ? new Slot(List.of(), true, true)
            : new Slot(List.of(List.of(new Term("#", "#", Way.NUMBER))), false, false));
        continue;
      }
      boolean optional = raw.endsWith("?") && raw.length() > 1;
      String body = optional ? raw.substring(0, raw.length() - 1) : raw;
      if (optional && slots.isEmpty()) {
        throw new IllegalStateException(where + ": a phrase cannot start with an optional word: '" + text + "'");
      }
      List<List<Term>> alternatives = new ArrayList<>();
      for (String alternative : body.split("\\|")) {
        List<Term> terms = new ArrayList<>();
        for (String word : alternative.split("_")) {
          boolean exact = word.startsWith("=");
          String plain = exact ? word.substring(1) : word;
          if (plain.isEmpty()) {
            throw new IllegalStateException(where + ": empty word in '" + text + "'");
          }
          NormalizedTokens tokens = NormalizedTokens.tokenize(plain, models);
          for (int i = 0; i < tokens.size(); i++) {
            terms.add(new Term(exact ? tokens.word(i) : tokens.stem(i), tokens.stem(i), exact ? Way.EXACT : Way.STEM));
          }
        }
        if (terms.isEmpty()) {
          throw new IllegalStateException(where + ": '" + alternative + "' has no words in '" + text + "'");
        }
        alternatives.add(List.copyOf(terms));
      }
      slots.add(new Slot(List.copyOf(alternatives), optional, false));
    }
    return new Phrase(key, rank, text, List.copyOf(slots));
  }

  /** The keys in file order, which is their priority. */
  List<String> keys() {
    return keys;
  }

  /** Every phrase occurrence, overlapping ones included, in order of position. */
  List<Match> allMatches(NormalizedTokens tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Phrase> candidates = byFirstStem.get(tokens.stem(i));
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        int end = match(p, 0, tokens, i);
        if (end > i) {
          out.add(new Match(p.key(), p.keyRank(), i, end, p.text()));
        }
      }
    }
    return out;
  }

  /**
   * The phrase occurrences that do not overlap, chosen leftmost first and then longest, then by
   * key priority: "database connection pool" is one mention, not three.
   */
  List<Match> matches(NormalizedTokens tokens) {
    List<Match> all = allMatches(tokens);
    if (all.size() < 2) {
      return all;
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : a.length() != b.length() ? Integer.compare(b.length(), a.length())
        : Integer.compare(a.keyRank(), b.keyRank()));
    List<Match> kept = new ArrayList<>(all.size());
    int covered = 0;
    for (Match m : all) {
      if (m.start() >= covered) {
        kept.add(m);
        covered = m.end();
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * Like {@link #matches}, but phrases of different keys may overlap: "suspicion moves to" is
   * both a suspicion and a shift of focus.
   */
  List<Match> matchesPerKey(NormalizedTokens tokens) {
    List<Match> all = allMatches(tokens);
    if (all.size() < 2) {
      return all;
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.length(), a.length()));
    List<Match> kept = new ArrayList<>(all.size());
    int[] covered = new int[keys.size()];
    for (Match m : all) {
      if (m.start() >= covered[m.keyRank()]) {
        kept.add(m);
        covered[m.keyRank()] = m.end();
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** The highest-priority key with a phrase in the tokens. */
  Optional<String> firstKey(NormalizedTokens tokens) {
    Match best = null;
    for (Match m : allMatches(tokens)) {
      if (best == null || m.keyRank() < best.keyRank()) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(Match::key);
  }

  private int match(Phrase p, int slot, NormalizedTokens tokens, int pos) {
    if (slot == p.slots().size()) {
      return pos;
    }
    Slot s = p.slots().get(slot);
    if (s.gap()) {
      for (int skip = 0; skip <= GAP && pos + skip <= tokens.size(); skip++) {
        int end = match(p, slot + 1, tokens, pos + skip);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    for (List<Term> alternative : s.alternatives()) {
      int next = fits(alternative, tokens, pos);
      if (next >= 0) {
        int end = match(p, slot + 1, tokens, next);
        if (end >= 0) {
          return end;
        }
      }
    }
    return s.optional() ? match(p, slot + 1, tokens, pos) : -1;
  }

  // Where the alternative ends when it fits at pos, else -1.
  private static int fits(List<Term> terms, NormalizedTokens tokens, int pos) {
    int at = pos;
    for (Term t : terms) {
      if (at >= tokens.size()) {
        return -1;
      }
      boolean fits = switch (t.way()) {
        case STEM -> tokens.stem(at).equals(t.value());
        case EXACT -> tokens.word(at).equals(t.value());
        case NUMBER -> !tokens.word(at).isEmpty() && Character.isDigit(tokens.word(at).charAt(0));
      };
      if (!fits) {
        return -1;
      }
      at++;
    }
    return at;
  }

  @Override
  public String toString() {
    return "StemLexicon[" + name + "]";
  }
}
