package dev.hindsight.analysis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the maximum-entropy model reads of a document: the Porter stems, and pairs of neighbouring
 * stems, of the few sentences that most plainly state its cause ({@link CauseReader} weights, which
 * come from how a sentence talks about a cause, not from which cause it names). A stem the sentence
 * negates ("not database-related") is a different feature from the stem itself.
 *
 * <p>The trainer and the stage both build features here, so they cannot drift apart.
 */
final class CauseFeatures {

  /** The sentences read: more would mostly add the symptoms and the fixes. */
  static final int SENTENCES = 6;
  /** Sentences below this weight only count when nothing weighs more. */
  private static final double STATED = 1.0;
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9'-]*");

  private final Set<String> stopwords;

  private CauseFeatures(Set<String> stopwords) {
    this.stopwords = stopwords;
  }

  /** The features of this JVM (the stop word list is read once). */
  static CauseFeatures get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CauseFeatures INSTANCE = new CauseFeatures(words("/dev/hindsight/analysis/nlp/cause-stopwords.txt"));
  }

  /** The features of a document, from its statements; empty when no sentence talks about a cause. */
  String[] of(List<CauseStatement> statements) {
    Set<String> out = new LinkedHashSet<>();
    for (CauseStatement s : chosen(statements)) {
      add(out, s);
    }
    return out.toArray(new String[0]);
  }

  /** The heaviest statements: those that state a cause, or failing that whatever weighs anything. */
  static List<CauseStatement> chosen(List<CauseStatement> statements) {
    List<CauseStatement> heavy = new ArrayList<>();
    for (CauseStatement s : statements) {
      if (s.weight() > 0) {
        heavy.add(s);
      }
    }
    // Stable sort: equal weights keep document order.
    heavy.sort(Comparator.comparingDouble(CauseStatement::weight).reversed());
    boolean anyStated = !heavy.isEmpty() && heavy.get(0).weight() >= STATED;
    List<CauseStatement> out = new ArrayList<>();
    for (CauseStatement s : heavy) {
      if (out.size() == SENTENCES || anyStated && s.weight() < STATED) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  private void add(Set<String> out, CauseStatement statement) {
    Sentence sentence = statement.sentence();
    String text = sentence.text();
    List<String> tokens = sentence.tokens();
    List<String> stems = sentence.stems();
    String previous = null;
    int cursor = 0;
    for (int i = 0; i < tokens.size() && i < stems.size(); i++) {
      int at = text.indexOf(tokens.get(i), cursor);
      if (at >= 0) {
        cursor = at + tokens.get(i).length();
      }
      String stem = stems.get(i);
      if (!WORD.matcher(stem).matches() || stopwords.contains(stem)) {
        previous = null;
        continue;
      }
      boolean denied = at >= 0 && statement.isDenied(at);
      out.add((denied ? "not=" : "w=") + stem);
      if (previous != null && !denied) {
        out.add("b=" + previous + "_" + stem);
      }
      previous = denied ? null : stem;
    }
  }

  private static Set<String> words(String resource) {
    InputStream in = CauseFeatures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from the class path");
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          out.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return Set.copyOf(out);
  }
}
