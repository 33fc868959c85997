package dev.hindsight.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settles which of several components a sentence blames, from its parts of speech: the component
 * in the sentence's subject ("the database behind the orders API ran out of connections") and the
 * one nearest the head of its noun phrase ("the payment gateway's firewall settings": firewall)
 * count more; a component word used as a verb ("pages cached by the CDN") is no mention at all.
 *
 * <p>Tagging costs about as much as all the rest of the stage, so it is done only for the one
 * sentence that decides between close components, and only when they are close.
 */
final class ComponentLocator {

  /** The runner-up must come this close to the leader for the sentence to be tagged. */
  static final double CLOSE = 0.6;
  /** Longer token runs are not prose the tagger was trained on, and would cost too much. */
  private static final int LONGEST_TAGGED = 120;
  private static final double SUBJECT = 1.5;
  private static final double MODIFIER = 0.5;
  private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART");
  private static final Set<String> VERBAL = Set.of("VERB", "AUX");

  private final NlpModels models;

  ComponentLocator(NlpModels models) {
    this.models = models;
  }

  /** The statement with its component mentions re-weighed by their place in the sentence's noun phrases. */
  CauseStatement locate(CauseStatement statement) {
    if (statement.components().stream().map(CauseCue::key).distinct().count() < 2
        || statement.sentence().tokens().size() > LONGEST_TAGGED) {
      return statement;
    }
    Sentence sentence = statement.sentence();
    String[] tokens = sentence.tokens().toArray(new String[0]);
    String[] tags = models.tags(tokens);
    int[] starts = offsets(sentence.text(), tokens);
    int[] phrase = nounPhrases(tags);
    int subject = subjectPhrase(phrase, tags);
    List<CauseCue> mentions = statement.components();
    List<CauseCue> out = new ArrayList<>(mentions.size());
    for (CauseCue m : mentions) {
      int first = tokenAt(starts, tokens, m.start());
      int last = tokenAt(starts, tokens, m.end() - 1);
      if (first < 0 || last < 0) {
        out.add(m);
        continue;
      }
      if (allVerbal(tags, first, last)) {
        continue;
      }
      double factor = 1.0;
      if (phrase[last] >= 0 && phrase[last] == subject) {
        factor *= SUBJECT;
      }
      if (phrase[last] >= 0 && laterMentionInPhrase(mentions, m, starts, tokens, phrase, last)) {
        factor *= MODIFIER;
      }
      out.add(m.times(factor));
    }
    return statement.withComponents(out);
  }

  /** For each token, the index of the noun phrase it belongs to, or -1. */
  private static int[] nounPhrases(String[] tags) {
    int[] phrase = new int[tags.length];
    int current = -1;
    int count = 0;
    boolean open = false;
    for (int i = 0; i < tags.length; i++) {
      boolean nominal = NOMINAL.contains(tags[i]);
      if (nominal && !open) {
        current = count++;
        open = true;
      } else if (!nominal) {
        open = false;
      }
      phrase[i] = nominal ? current : -1;
    }
    return phrase;
  }

  /** The first noun phrase before the first verb: the subject of a plain sentence, or -1. */
  private static int subjectPhrase(int[] phrase, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (VERBAL.contains(tags[i])) {
        return -1;
      }
      if (phrase[i] >= 0) {
        return phrase[i];
      }
    }
    return -1;
  }

  private static boolean allVerbal(String[] tags, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!VERBAL.contains(tags[i])) {
        return false;
      }
    }
    return true;
  }

  /** True when another component ends later in the same noun phrase: this one only modifies it. */
  private static boolean laterMentionInPhrase(List<CauseCue> mentions, CauseCue m, int[] starts, String[] tokens, int[] phrase, int last) {
    for (CauseCue other : mentions) {
      if (other == m || other.key().equals(m.key()) || other.start() <= m.start()) {
        continue;
      }
      int otherLast = tokenAt(starts, tokens, other.end() - 1);
      if (otherLast > last && phrase[otherLast] == phrase[last]) {
        return true;
      }
    }
    return false;
  }

  /** Where each token starts in the text (-1 when it cannot be found, as for a normalised token). */
  private static int[] offsets(String text, String[] tokens) {
    int[] starts = new int[tokens.length];
    int cursor = 0;
    for (int i = 0; i < tokens.length; i++) {
      int at = text.indexOf(tokens[i], cursor);
      starts[i] = at;
      if (at >= 0) {
        cursor = at + tokens[i].length();
      }
    }
    return starts;
  }

  /** The token covering a character position, or -1. */
  private static int tokenAt(int[] starts, String[] tokens, int at) {
    for (int i = 0; i < tokens.length; i++) {
      if (starts[i] >= 0 && at >= starts[i] && at < starts[i] + tokens[i].length()) {
        return i;
      }
    }
    return -1;
  }
}
