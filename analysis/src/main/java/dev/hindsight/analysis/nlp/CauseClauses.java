package dev.hindsight.analysis.nlp;

import dev.hindsight.analysis.nlp.CauseLexicon.Cues;
import dev.hindsight.analysis.nlp.CauseLexicon.Mention;
import dev.hindsight.analysis.nlp.CauseStatement.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the clauses of one sentence bear on its cause: which stretches are cause and which
 * consequence ("X caused Y", "Y because of X"), and which are taken back ("not X", "X was fine",
 * a quoted error message).
 */
final class CauseClauses {

  /** What a sentence gives as a consequence ("..., leading to server overload"). */
  static final double CONSEQUENCE = 0.3;
  /** What a "because" explains: the outage, mostly, but sometimes the cause's own name. */
  static final double EXPLAINED = 0.6;
  /** How far a negation reaches when no punctuation or connective ends its clause first. */
  private static final int NEGATION_REACH = 15;
  /** How far back "was fine" reaches. */
  private static final int CLEARED_REACH = 10;
  /** A quotation this long is a message, not a term ("bad config" in quotes is still a term). */
  private static final int QUOTED_WORDS = 3;
  private static final String CLAUSE_PUNCTUATION = ",;:.!?()[]—–";

  private final List<Mention> links;
  private final List<Span> denied;

  /** The clauses of a lower-cased sentence, from its cues. */
  CauseClauses(String text, CauseWords words, Cues cues) {
    links = new ArrayList<>(cues.get("effect"));
    links.addAll(cues.get("source"));
    links.sort(Comparator.comparingInt(Mention::start));
    denied = denied(text, words, cues);
  }

  /** The stretches taken back. */
  List<Span> denied() {
    return denied;
  }

  /** True when the position lies in a stretch taken back. */
  boolean isDenied(int at) {
    for (Span s : denied) {
      if (at >= s.start() && at < s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much a position counts as cause rather than consequence: the text before "caused" and
   * after "caused by" is the cause; after "leading to" a consequence.
   */
  double role(int at) {
    double role = 1.0;
    for (Mention link : links) {
      boolean source = link.key().equals("source");
      if (link.end() <= at) {
        role = source ? 1.0 : CONSEQUENCE;
      } else {
        // The first connective after the position says what this stretch is to what follows.
        if (source) {
          role = Math.min(role, EXPLAINED);
        }
        break;
      }
    }
    return role;
  }

  private List<Span> denied(String text, CauseWords words, Cues cues) {
    List<Span> spans = new ArrayList<>();
    List<Mention> stops = new ArrayList<>(links);
    stops.addAll(cues.get("boundary"));
    for (Mention n : cues.get("negation")) {
      spans.add(new Span(n.end(), clauseEnd(text, words, stops, n.end())));
    }
    for (Mention c : cues.get("cleared")) {
      spans.add(new Span(clauseStart(text, words, stops, c.start()), c.start()));
    }
    spans.addAll(quoted(text, words));
    return List.copyOf(spans);
  }

  /**
   * Quoted stretches of a few words or more: error messages and what users saw ("username or
   * password is incorrect"), which name symptoms in the words of the software, not the cause.
   */
  private static List<Span> quoted(String text, CauseWords words) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0 && (c == '"' || c == '“')) {
        open = i;
      } else if (open >= 0 && (c == '"' || c == '”')) {
        if (words.between(open, i) >= QUOTED_WORDS) {
          spans.add(new Span(open, i));
        }
        open = -1;
      }
    }
    return spans;
  }

  private static int clauseEnd(String text, CauseWords words, List<Mention> stops, int from) {
    int end = words.after(from, NEGATION_REACH);
    for (int i = from; i < end; i++) {
      if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    for (Mention s : stops) {
      if (s.start() > from && s.start() < end) {
        end = s.start();
      }
    }
    return end;
  }

  private static int clauseStart(String text, CauseWords words, List<Mention> stops, int to) {
    int start = words.before(to, CLEARED_REACH);
    for (int i = to - 1; i >= start; i--) {
      if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
        start = i + 1;
        break;
      }
    }
    for (Mention s : stops) {
      if (s.end() <= to && s.end() > start) {
        start = s.end();
      }
    }
    return start;
  }
}
