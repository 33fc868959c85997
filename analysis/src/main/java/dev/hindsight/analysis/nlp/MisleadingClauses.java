package dev.hindsight.analysis.nlp;

import java.util.List;

/**
 * The clauses of one sentence as far as a misleading-path cue reaches: where each clause begins
 * and ends, where the sentence turns to the real cause, and which words negate what follows.
 */
final class MisleadingClauses {

  static final String BOUNDARY = "boundary";
  static final String NEGATION = "negation";
  static final String COMPOUND = "compound";
  static final String LEADIN = "leadin";
  static final String FINDING = "finding";

  private final NormalizedTokens tokens;
  private final boolean[] boundary;
  private final boolean[] negation;
  private final boolean[] compound;
  private final boolean[] leadin;
  private final boolean[] finding;
  private final int actualFrom;

  private MisleadingClauses(
      NormalizedTokens tokens, boolean[] boundary, boolean[] negation, boolean[] compound, boolean[] leadin, boolean[] finding,
      int actualFrom) {
    this.tokens = tokens;
    this.boundary = boundary;
    this.negation = negation;
    this.compound = compound;
    this.leadin = leadin;
    this.finding = finding;
    this.actualFrom = actualFrom;
  }

  /**
   * The clauses of a sentence from its scope marks ({@code misleading-scope.tsv}), its cues and
   * the marks that turn it to the real cause ({@code misleading-cues.tsv}, "actual"). An
   * "actual" mark right before a cue ("turned out to be a red herring", "found no
   * anomalies") or right after a suspicion ("assumed the root cause was ...") turns to no real
   * cause, so it is not one.
   */
  static MisleadingClauses of(
      NormalizedTokens tokens, List<StemLexicon.Match> marks, List<StemLexicon.Match> cues, List<StemLexicon.Match> actuals) {
    boolean[] boundary = new boolean[tokens.size()];
    boolean[] negation = new boolean[tokens.size()];
    boolean[] compound = new boolean[tokens.size()];
    boolean[] leadin = new boolean[tokens.size()];
    boolean[] finding = new boolean[tokens.size()];
    int actualFrom = tokens.size();
    for (StemLexicon.Match m : marks) {
      switch (m.key()) {
        case BOUNDARY -> {
          for (int i = m.start(); i < m.end(); i++) {
            boundary[i] = true;
          }
        }
        case NEGATION -> negation[m.start()] = true;
        case COMPOUND -> compound[m.start()] = true;
        case LEADIN -> leadin[m.start()] = true;
        case FINDING -> finding[m.start()] = true;
        default -> { }
      }
    }
    for (StemLexicon.Match m : actuals) {
      if (m.start() < actualFrom && !turnsToCue(m, tokens, marks, cues)) {
        actualFrom = m.start();
      }
    }
    return new MisleadingClauses(tokens, boundary, negation, compound, leadin, finding, actualFrom);
  }

  private static boolean turnsToCue(
      StemLexicon.Match actual, NormalizedTokens tokens, List<StemLexicon.Match> marks, List<StemLexicon.Match> cues) {
    for (StemLexicon.Match m : marks) {
      if (m.key().equals(NEGATION) && m.start() >= actual.end() && m.start() <= actual.end() + 1) {
        return true;
      }
    }
    for (StemLexicon.Match c : cues) {
      boolean suspected = c.key().equals(MisleadingPathFinder.SUSPECTED);
      // "turned out to be a red herring", "found no errors": the turn leads to a cue
      if (!suspected && c.start() >= actual.start() && c.start() <= actual.end() + 4) {
        return true;
      }
      // "assumed the root cause was a DDoS attack": a supposed cause, not the real one
      if (suspected && c.end() <= actual.start() && actual.start() - c.end() <= 3) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return tokens.size();
  }

  /** Tokens at and after this name the real cause; {@link #size()} when nothing does. */
  int actualFrom() {
    return actualFrom;
  }

  /** The first token of the clause holding token {@code at}. */
  int clauseStart(int at) {
    int i = Math.min(at, tokens.size()) - 1;
    while (i >= 0 && !boundary[i]) {
      i--;
    }
    return i + 1;
  }

  /** Just past the last token of the clause holding token {@code at}. */
  int clauseEnd(int at) {
    int i = at;
    while (i < tokens.size() && !boundary[i]) {
      i++;
    }
    return i;
  }

  /** Past the punctuation that follows a label such as "Misleading lead:" or "Red herring -". */
  int skipLeadIn(int at) {
    int i = at;
    while (i < tokens.size() && boundary[i] && isPunctuation(tokens.word(i))) {
      i++;
    }
    return i;
  }

  /** Past the boundary (punctuation or words such as "but", "which") that starts at {@code at}. */
  int skipBoundary(int at) {
    int i = at;
    while (i < tokens.size() && boundary[i]) {
      i++;
    }
    return i;
  }

  /** True when the word at {@code at} may sit inside a compound name ("database server overload"). */
  boolean compoundGlue(int at) {
    return at >= 0 && at < tokens.size() && compound[at];
  }

  /** True when the clause holding {@code at} has nothing before it but lead-in words ("it was", "found"). */
  boolean subjectless(int at) {
    for (int i = clauseStart(at); i < at; i++) {
      if (!leadin[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when a finding word ("revealed", "showed") follows at {@code at} or one word later. */
  boolean findingAt(int at) {
    return at < tokens.size() && finding[at] || at + 1 < tokens.size() && finding[at + 1];
  }

  /** True when a negation stands one or two words before {@code at}. */
  boolean negatedBefore(int at) {
    for (int i = Math.max(0, at - 2); i < at; i++) {
      if (negation[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPunctuation(String word) {
    return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
  }
}
