package dev.hindsight.analysis.nlp;

import dev.hindsight.analysis.nlp.CauseLexicon.Cues;
import dev.hindsight.analysis.nlp.CauseLexicon.Found;
import dev.hindsight.analysis.nlp.CauseLexicon.Mention;
import dev.hindsight.ingest.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one sentence for what it says about the root cause: how much it counts as a statement of
 * the cause (its section, "root cause", "caused by"; nothing for a wrong turn), which categories
 * and components it names, which of those it denies, and which are only consequences.
 *
 * <p>Within a sentence, "X caused Y" and "Y because of X" put X forward and Y back; "not X" and
 * "X was fine" deny X up to the end of the clause ({@link CauseClauses}). A component named
 * inside or next to a category phrase ("a misconfiguration in the load balancer") counts more than
 * one named further away.
 */
final class CauseReader {

  /** How much a section's sentences count before their own wording is read. */
  private static final Map<SectionKind, Double> SECTION_WEIGHT = new EnumMap<>(SectionKind.class);

  static {
    SECTION_WEIGHT.put(SectionKind.ROOT_CAUSE, 3.0);
    SECTION_WEIGHT.put(SectionKind.SUMMARY, 1.2);
    SECTION_WEIGHT.put(SectionKind.OTHER, 1.0);
    SECTION_WEIGHT.put(SectionKind.RESOLUTION, 0.8);
    SECTION_WEIGHT.put(SectionKind.IMPACT, 0.6);
    SECTION_WEIGHT.put(SectionKind.TIMELINE, 0.5);
    SECTION_WEIGHT.put(SectionKind.DETECTION, 0.3);
    SECTION_WEIGHT.put(SectionKind.LESSONS, 0.3);
    SECTION_WEIGHT.put(SectionKind.DURATION, 0.2);
    // Action items name what will be fixed, which echoes the cause but also lists every wish.
    SECTION_WEIGHT.put(SectionKind.CORRECTIVE_ACTIONS, 0.1);
    SECTION_WEIGHT.put(SectionKind.TASKS, 0.1);
  }

  /** A title often names the cause ("Login failures caused by uneven load balancer weights"), as often only the symptom. */
  private static final double TITLE_WEIGHT = 1.0;
  /** Sentences weighing less (action items, durations) are not read further: they would add noise and cost. */
  private static final double AUDIBLE = 0.15;
  /** "root cause", "caused by", "due to": the sentence says what the cause was. */
  private static final double STATED = 2.5;
  /** A timeline entry reporting the cause found ("identified a misconfigured pool"). */
  private static final double IDENTIFIED = 2.0;
  /** The first sentence of a root cause section is usually the answer; the rest explain it. */
  private static final double FIRST_OF_SECTION = 1.5;
  /** A fix echoes the cause ("corrected the load balancer settings") but also names what was merely restarted. */
  private static final double RESOLUTION = 0.4;
  /** Still the cause, said less firmly; it counts a little less than a plain statement. */
  private static final double HEDGED = 0.8;
  private static final double SUSPECTED_IN_ROOT_CAUSE = 0.5;
  /** A weak hint counts for this much of a plain category phrase. */
  private static final double HINT = 0.3;
  /** A possessor before another component ("the payment gateway's firewall") is not where the fault lay. */
  private static final double POSSESSOR = 0.4;
  /** Characters read of one sentence; a longer run is a table, a log or a missing full stop, not one statement. */
  private static final int LONGEST_SENTENCE = 4_000;

  // The categories the taxonomy's tie-breaks speak of.
  static final String BAD_CHANGE = "bad-change";
  static final String SOFTWARE_BUG = "software-bug";
  static final String MISCONFIGURATION = "misconfiguration";

  private final CauseLexicon lexicon;

  CauseReader(CauseLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The statement of one sentence.
   *
   * @param position the sentence's place in its run of same-section sentences, 0 for the first
   * @param title true for the document's title
   */
  CauseStatement read(Sentence sentence, int position, boolean title) {
    String text = CausePhrases.lower(prose(sentence.text()));
    Found found = lexicon.find(text);
    Cues cues = found.cues();
    double weight = weight(sentence.section(), cues, position, title);
    if (weight < AUDIBLE) {
      return CauseStatement.silent(sentence);
    }
    boolean hedged = cues.has("hedge");
    if (hedged) {
      weight *= HEDGED;
    }
    CauseWords words = new CauseWords(text);
    CauseClauses clauses = new CauseClauses(text, words, cues);
    List<CauseCue> categories = new ArrayList<>();
    List<Mention> stated = new ArrayList<>();
    for (Mention m : found.categories()) {
      if (!clauses.isDenied(m.start())) {
        stated.add(m);
      }
    }
    // A wrong name in a source file of the service ("wp-settings.php") is a code defect, not a setting.
    boolean inCode = cues.has("code-file");
    boolean changeBroughtDefect = stated.stream().anyMatch(m -> m.key().equals(BAD_CHANGE))
        && stated.stream().anyMatch(m -> m.key().equals(SOFTWARE_BUG) || inCode && m.key().equals(MISCONFIGURATION));
    for (Mention m : stated) {
      String key = inCode && m.key().equals(MISCONFIGURATION) ? SOFTWARE_BUG : m.key();
      // A defect the sentence says a change brought in is the change's fault (taxonomy: bad-change).
      key = changeBroughtDefect && key.equals(SOFTWARE_BUG) ? BAD_CHANGE : key;
      categories.add(new CauseCue(key, m.start(), m.end(), clauses.role(m.start()), true));
    }
    List<Mention> named = found.components();
    for (Mention m : found.hintsApartFrom(stated)) {
      if (!clauses.isDenied(m.start())) {
        String key = inCode && m.key().equals(MISCONFIGURATION) ? SOFTWARE_BUG : m.key();
        categories.add(new CauseCue(key, m.start(), m.end(), HINT * clauses.role(m.start()), false));
      }
    }
    List<CauseCue> components = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Mention m = named.get(i);
      if (clauses.isDenied(m.start())) {
        continue;
      }
      String key = lexicon.wholeOf(m.key()).filter(whole -> names(named, whole)).orElse(m.key());
      double strength = clauses.role(m.start()) * nearness(m, categories, cues.get("change-verb"), words);
      if (i + 1 < named.size() && possessive(text, m) && words.between(m.end(), named.get(i + 1).start()) <= 3) {
        strength *= POSSESSOR;
      }
      components.add(new CauseCue(key, m.start(), m.end(), strength, false));
    }
    return new CauseStatement(sentence, weight, hedged, categories, components, clauses.denied(), changeBroughtDefect);
  }

  /** The part of a sentence worth reading: a cause is stated in the first few hundred words or not at all. */
  private static String prose(String text) {
    return text.length() <= LONGEST_SENTENCE ? text : text.substring(0, LONGEST_SENTENCE);
  }

  /** How much a sentence counts as a statement of the cause, before what it names. */
  private static double weight(SectionKind kind, Cues cues, int position, boolean title) {
    double weight = title ? TITLE_WEIGHT : SECTION_WEIGHT.getOrDefault(kind, 1.0);
    if (cues.has("misleading")) {
      return 0;
    }
    if (cues.has("suspicion")) {
      // "Assumed a DDoS attack" is a wrong turn, but a root cause section may voice a suspicion as its finding.
      if (kind != SectionKind.ROOT_CAUSE) {
        return 0;
      }
      weight *= SUSPECTED_IN_ROOT_CAUSE;
    }
    if (cues.has("statement")) {
      weight *= STATED;
    } else if (kind == SectionKind.TIMELINE && cues.has("identify")) {
      weight *= IDENTIFIED;
    }
    if (cues.has("resolution")) {
      weight *= RESOLUTION;
    }
    if (kind == SectionKind.ROOT_CAUSE && position == 0) {
      weight *= FIRST_OF_SECTION;
    }
    return weight;
  }

  private static boolean names(List<Mention> named, String key) {
    return named.stream().anyMatch(m -> m.key().equals(key));
  }

  /**
   * A component inside a category phrase ("a failed SSD") is the one the phrase is about; one right
   * next to it ("a misconfiguration in the load balancer") nearly so. Where the phrase says what a
   * change did ("the pipeline replaced the CNI plugin"), the thing changed is inside, the one
   * changing it only next to it.
   */
  private static double nearness(Mention component, List<CauseCue> categories, List<Mention> changeVerbs, CauseWords words) {
    int best = Integer.MAX_VALUE;
    for (CauseCue c : categories) {
      if (!c.plain()) {
        continue; // hints are too vague to point at a component
      }
      int d = c.end() <= component.start() ? words.between(c.end(), component.start())
          : component.end() <= c.start() ? words.between(component.end(), c.start()) : -1;
      if (d < 0 && c.key().equals(BAD_CHANGE) && changedBefore(changeVerbs, c, component)) {
        d = 0; // the agent of the change, not what it broke
      }
      if (d > 0 && c.key().equals(BAD_CHANGE) && objectOf(changeVerbs, c, component, words)) {
        d = -1; // what the change did it to
      }
      best = Math.min(best, d);
    }
    return best < 0 ? 3.0 : best <= 3 ? 2.0 : best <= 8 ? 1.5 : 1.0;
  }

  /** True when a change verb inside the cue comes after the component: the component did the changing. */
  private static boolean changedBefore(List<Mention> changeVerbs, CauseCue cue, Mention component) {
    return changeVerbs.stream().anyMatch(v -> v.start() >= component.end() && v.start() >= cue.start() && v.end() <= cue.end());
  }

  /** True when the component follows, closely, a change verb that ends the cue: it is what was changed. */
  private static boolean objectOf(List<Mention> changeVerbs, CauseCue cue, Mention component, CauseWords words) {
    return changeVerbs.stream().anyMatch(v -> v.end() == cue.end() && v.end() <= component.start()
        && words.between(v.end(), component.start()) <= 4);
  }

  private static boolean possessive(String text, Mention m) {
    return text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
  }
}
