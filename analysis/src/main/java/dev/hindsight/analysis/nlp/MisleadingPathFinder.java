package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.SectionKind;
import dev.hindsight.ingest.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the hypotheses responders pursued and dropped (the wrong turns of an investigation),
 * each keyed by the taxonomy hypothesis list, with its sentence, and where the timeline allows,
 * when it was taken up, when it was dropped and the minutes lost.
 *
 * <p>Sentences are read in document order for cues ({@code misleading-cues.tsv}): a hypothesis
 * is <em>suspected</em> ("initially assumed the database"), <em>refuted</em> by a clean check
 * ("database ruled out", "the proxy processes were properly running"), <em>labelled</em> a wrong
 * turn ("a red herring", a "Misleading paths" heading), or dropped when the focus
 * <em>shifted</em>. A cue speaks of the hypotheses named in its own clause
 * ({@code misleading-scope.tsv}, {@code hypotheses.tsv}).
 *
 * <p>The real cause is never a wrong turn: a hypothesis that is the root cause component is
 * dropped, and one that was only suspected is dropped too when the cause statements (the root
 * cause section, the "identify" timeline entries, what follows "the actual culprit") name it,
 * since then it was a real symptom or the right track. A hypothesis the text shows to be wrong
 * (refuted or labelled) stands unless it is the root cause component itself.
 */
public final class MisleadingPathFinder implements IncidentStage {

  static final String LABEL = "label";
  static final String REFUTED = "refuted";
  static final String SUSPECTED = "suspected";
  static final String SHIFTED = "shifted";
  static final String ACTUAL = "actual";

  private static final String DIR = "/dev/hindsight/analysis/nlp/";
  private static final String NONE = "none";
  private static final String UNKNOWN = "unknown";
  private static final String OTHER = "other";
  private static final String IDENTIFY = TimelineEventClassifier.IDENTIFY;
  private static final String RECENT_CHANGE = "recent-change";
  private static final String ATTACK = "attack";
  private static final String SERVER_RESOURCES = "server-resources";

  /** Hypothesis keys that are no component: they never name where a fault lay. */
  private static final Set<String> NOT_COMPONENTS = Set.of(RECENT_CHANGE, ATTACK, SERVER_RESOURCES, NONE);

  /** The hypothesis a root cause category confirms: a bad change makes "a recent change" the right track. */
  private static final Map<String, String> CATEGORY_HYPOTHESIS = Map.of(
      "bad-change", RECENT_CHANGE,
      "security-incident", ATTACK,
      "resource-exhaustion", SERVER_RESOURCES,
      "hardware-failure", OTHER);

  /** Sections that say what to do next, not what happened. */
  private static final Set<SectionKind> SKIPPED = Set.of(SectionKind.CORRECTIVE_ACTIONS, SectionKind.TASKS);

  /** Event kinds of recovery: a clean check in such a sentence is the fix working, not a refutation. */
  private static final Set<String> RECOVERY_KINDS = Set.of("mitigate", "resolve");

  /**
   * Sections that explain the cause or its effect: "the queue itself was healthy; the producer
   * sent duplicates" is an explanation, not a check somebody ran, so a clean check there only
   * counts against a hypothesis raised before.
   */
  private static final Set<SectionKind> EXPLAINING = Set.of(SectionKind.ROOT_CAUSE, SectionKind.IMPACT, SectionKind.RESOLUTION);

  /** Event kinds of a sentence that narrates a check ("we checked the proxy status: active"). */
  private static final Set<String> NARRATING_KINDS = Set.of("investigate", "misleading");

  /** How many sentences on a prose timeline may hold the next timed step. */
  private static final int PROSE_STEPS = 3;

  /** How many sentences back a cue without a hypothesis of its own may reach ("This was a red herring."). */
  private static final int REACH = 2;

  private final NlpModels models;

  /** A finder over the standard models and vocabularies (loaded once per JVM). */
  public MisleadingPathFinder() {
    this.models = NlpModels.get();
  }

  private static final class Vocabulary {
    static final StemLexicon CUES = StemLexicon.load(DIR + "misleading-cues.tsv", NlpModels.get());
    static final StemLexicon SCOPE = StemLexicon.load(DIR + "misleading-scope.tsv", NlpModels.get());
    static final StemLexicon HYPOTHESES = StemLexicon.load(DIR + "hypotheses.tsv", NlpModels.get());
  }

  /** One sentence as this stage reads it. */
  private record Reading(
      int index, Sentence sentence, NormalizedTokens tokens, List<StemLexicon.Match> cues, boolean headed,
      String kind, MisleadingClauses clauses, List<StemLexicon.Match> hypotheses, List<String> previousKeys) {}

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    Postmortem pm = incident.postmortem().get();
    Enrichment enrichment = incident.enrichment();
    List<Reading> readings = read(enrichment.sentences(), enrichment.eventKinds());
    if (readings.isEmpty()) {
      return incident.with(e -> e.withMisleadingPaths(List.of()));
    }
    Optional<String> statedComponent = enrichment.rootCause().map(RootCause::component).filter(c -> !c.equals(UNKNOWN));
    Set<String> confirmed = new HashSet<>();
    enrichment.rootCause().map(r -> CATEGORY_HYPOTHESIS.get(r.category())).ifPresent(confirmed::add);
    statedComponent.ifPresent(confirmed::add);
    Optional<String> estimated = causeStatements(readings, enrichment.eventKinds(), confirmed);
    Optional<String> component = statedComponent.or(() -> estimated);

    Map<String, HypothesisTrail> trails = follow(pm, enrichment.sentences(), readings);
    List<MisleadingPath> paths = new ArrayList<>();
    for (HypothesisTrail trail : trails.values()) {
      if (component.isPresent() && component.get().equals(trail.key())) {
        continue; // the real cause, however the text got there
      }
      if (!trail.shownWrong() && confirmed.contains(trail.key())) {
        continue; // suspected, never shown wrong, and the cause statements name it: the right track
      }
      paths.add(trail.toPath());
    }
    return incident.with(e -> e.withMisleadingPaths(paths));
  }

  // ---- reading ------------------------------------------------------------------------------

  private List<Reading> read(List<Sentence> sentences, List<String> kinds) {
    List<Reading> out = new ArrayList<>();
    Map<String, Boolean> labelledHeadings = new HashMap<>();
    NormalizedTokens previous = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (SKIPPED.contains(s.section()) || s.tokens().isEmpty()) {
        previous = null;
        continue;
      }
      NormalizedTokens before = previous;
      NormalizedTokens tokens = NormalizedTokens.of(s, models);
      previous = tokens;
      List<StemLexicon.Match> cues = new ArrayList<>(2);
      List<StemLexicon.Match> actuals = new ArrayList<>(1);
      for (StemLexicon.Match m : Vocabulary.CUES.matchesPerKey(tokens)) {
        (m.key().equals(ACTUAL) ? actuals : cues).add(m);
      }
      boolean headed = labelledHeadings.computeIfAbsent(s.heading(), this::isLabel);
      boolean statesCause = s.section() == SectionKind.ROOT_CAUSE || IDENTIFY.equals(kindOf(s, kinds)) || !actuals.isEmpty();
      if (cues.isEmpty() && !headed && !statesCause) {
        continue; // most sentences: one lookup per word and done
      }
      MisleadingClauses clauses = MisleadingClauses.of(tokens, Vocabulary.SCOPE.matchesPerKey(tokens), cues, actuals);
      List<StemLexicon.Match> named = hypotheses(tokens, clauses);
      // "We spent an hour on the DNS records. That was a red herring.": a label naming nothing
      // speaks of what the sentence before named, cue or not.
      List<String> previousKeys = List.of();
      if (before != null && named.isEmpty() && cues.stream().anyMatch(c -> c.key().equals(LABEL))) {
        previousKeys = hypotheses(before, MisleadingClauses.of(before, Vocabulary.SCOPE.matchesPerKey(before), List.of(), List.of()))
            .stream().map(StemLexicon.Match::key).filter(k -> !k.equals(NONE)).distinct().toList();
      }
      String kind = TimelineEventClassifier.kindOf(tokens);
      out.add(new Reading(i, s, tokens, cues, headed, kind, clauses, named, previousKeys));
    }
    return out;
  }

  private boolean isLabel(String heading) {
    if (heading.isBlank()) {
      return false;
    }
    return Vocabulary.CUES.matches(NormalizedTokens.words(heading, models)).stream().anyMatch(m -> m.key().equals(LABEL));
  }

  private static String kindOf(Sentence s, List<String> kinds) {
    int i = s.timelineIndex();
    return i >= 0 && i < kinds.size() ? kinds.get(i) : "";
  }

  /**
   * Hypothesis mentions, with compounds read as one: in "database overload" or "Redis memory"
   * the resource words describe the component, so only the component counts; in "consumer
   * release" or "Redis update" the change is what was suspected, so only the change counts.
   */
  private static List<StemLexicon.Match> hypotheses(NormalizedTokens tokens, MisleadingClauses clauses) {
    List<StemLexicon.Match> all = Vocabulary.HYPOTHESES.matches(tokens);
    if (all.size() < 2) {
      return all;
    }
    boolean[] drop = new boolean[all.size()];
    for (int i = 0; i + 1 < all.size(); i++) {
      StemLexicon.Match a = all.get(i);
      StemLexicon.Match b = all.get(i + 1);
      if (!adjacent(a, b, clauses)) {
        continue;
      }
      boolean aComponent = !NOT_COMPONENTS.contains(a.key());
      if (b.key().equals(SERVER_RESOURCES) && (aComponent || a.key().equals(ATTACK))) {
        drop[i + 1] = true;
      } else if (b.key().equals(RECENT_CHANGE) && aComponent) {
        drop[i] = true;
      }
    }
    List<StemLexicon.Match> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (!drop[i]) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  // Next to each other, or with one word of a compound name between ("Redis cluster memory").
  private static boolean adjacent(StemLexicon.Match a, StemLexicon.Match b, MisleadingClauses clauses) {
    int gap = b.start() - a.end();
    return gap == 0 || gap == 1 && clauses.compoundGlue(a.end());
  }

  // ---- what the text says the real cause was ------------------------------------------------

  /**
   * Adds to {@code confirmed} every hypothesis the cause statements name, and returns the
   * component the first root cause statement names first (the estimate used when the cause
   * stage gives none): "misconfiguration in the load balancer, leading to server overload"
   * is the load balancer.
   */
  private static Optional<String> causeStatements(List<Reading> readings, List<String> kinds, Set<String> confirmed) {
    Optional<String> first = Optional.empty();
    Optional<String> firstTold = Optional.empty();
    for (Reading r : readings) {
        // A statement with no cue says what the cause was; one with cues only past "the actual culprit".
      boolean whole = r.cues().isEmpty() && !r.headed()
          && (r.sentence().section() == SectionKind.ROOT_CAUSE || IDENTIFY.equals(kindOf(r.sentence(), kinds)));
      int from = whole ? 0 : r.clauses().actualFrom();
      List<String> named = new ArrayList<>();
      for (StemLexicon.Match m : r.hypotheses()) {
        if (m.start() >= from && !m.key().equals(NONE)) {
          named.add(m.key());
        }
      }
      confirmed.addAll(named);
      if (first.isEmpty() && whole && r.sentence().section() == SectionKind.ROOT_CAUSE) {
        first = firstComponent(named);
      } else if (firstTold.isEmpty() && !whole && from < r.clauses().size()) {
        firstTold = firstComponent(named); // "The root cause was ..." in a document without a root cause section
      }
    }
    return first.isPresent() ? first : firstTold;
  }

  // "Other" (hardware, power) only when nothing more specific is named: "a hardware failure of the RAID controller" is storage.
  private static Optional<String> firstComponent(List<String> named) {
    return named.stream().filter(k -> !NOT_COMPONENTS.contains(k) && !k.equals(OTHER)).findFirst()
        .or(() -> named.stream().filter(OTHER::equals).findFirst());
  }

  // ---- following hypotheses through the text ------------------------------------------------

  private Map<String, HypothesisTrail> follow(Postmortem pm, List<Sentence> sentences, List<Reading> readings) {
    EventClock clock = new EventClock(pm);
    List<TimelineEntry> timeline = pm.timeline();
    Map<String, HypothesisTrail> trails = new LinkedHashMap<>();
    for (Reading r : readings) {
      Sentence s = r.sentence();
      int entry = s.timelineIndex() < timeline.size() ? s.timelineIndex() : -1;
      Optional<Moment> entryAt = entry >= 0 ? timeline.get(entry).at() : Optional.empty();
      Step step = new Step(r, entry, entryAt, clock, trails);
      if (r.headed()) {
        step.label("heading: " + s.heading(), all(r), 0);
      }
      for (StemLexicon.Match cue : r.cues()) {
        String said = r.tokens().span(cue.start(), cue.end());
        switch (cue.key()) {
          case SUSPECTED -> {
            if (!r.clauses().findingAt(cue.end())) { // "initial investigation revealed ..." reports a fact
              step.suspect(said, suspectScope(r, cue));
            }
          }
          case REFUTED -> {
            if (!r.clauses().negatedBefore(cue.start()) && !RECOVERY_KINDS.contains(r.kind())) {
              boolean narrated = !EXPLAINING.contains(s.section()) || NARRATING_KINDS.contains(r.kind());
              step.refute(said, refuteScope(r, cue), r.tokens().start(cue.start()), narrated);
            }
          }
          case LABEL -> {
            List<String> keys = labelScope(r, cue);
            step.label(said, keys.isEmpty() ? r.previousKeys() : keys, r.tokens().start(cue.start()));
          }
          case SHIFTED -> step.shift(r.tokens().start(cue.start()));
          default -> { }
        }
      }
    }
    // A path never explicitly dropped ran until the next timed step: the next timeline entry,
    // or in a timeline written as prose, the next line that opens with a time.
    for (HypothesisTrail trail : trails.values()) {
      if (!trail.open() || trail.start().isEmpty()) {
        continue;
      }
      if (trail.lastEntry() >= 0) {
        for (int i = trail.lastEntry() + 1; i < timeline.size() && trail.open(); i++) {
          trail.dropAt(timeline.get(i).at());
        }
      } else {
        int last = Math.min(sentences.size(), trail.lastSentence() + 1 + PROSE_STEPS);
        for (int i = trail.lastSentence() + 1; i < last && trail.open(); i++) {
          trail.dropAt(clock.openingTimeOf(sentences.get(i).text(), trail.start()));
        }
      }
    }
    return trails;
  }

  /** One sentence's effect on the trails. */
  private static final class Step {
    private final Reading r;
    private final int entry;
    private final Optional<Moment> entryAt;
    private final EventClock clock;
    private final Map<String, HypothesisTrail> trails;

    Step(Reading r, int entry, Optional<Moment> entryAt, EventClock clock, Map<String, HypothesisTrail> trails) {
      this.r = r;
      this.entry = entry;
      this.entryAt = entryAt;
      this.clock = clock;
      this.trails = trails;
    }

    void suspect(String cue, List<String> keys) {
      for (String key : keys) {
        HypothesisTrail t = trail(key);
        t.suspect(cue, r.index(), entry);
        t.dropAt(clock.rangeEndIn(r.sentence().text(), entryAt, t.start())); // "from 09:05 to 09:40 compared ..."
      }
    }

    /** A clean check; where the text explains rather than narrates, only of what was raised before. */
    void refute(String cue, List<String> keys, int cueChar, boolean mayRaise) {
      List<String> raised = mayRaise ? keys : keys.stream().filter(trails::containsKey).toList();
      if (!keys.isEmpty() && raised.isEmpty()) {
        return;
      }
      for (HypothesisTrail t : targets(raised)) {
        t.refute(cue, r.index(), entry, dropTime(t, cueChar));
      }
    }

    void label(String cue, List<String> keys, int cueChar) {
      for (HypothesisTrail t : targets(keys)) {
        t.label(cue, r.index(), entry, dropTime(t, cueChar));
      }
    }

    /** The team moved on: whatever was open before this sentence was dropped now. */
    void shift(int cueChar) {
      for (HypothesisTrail t : trails.values()) {
        if (t.open() && t.lastSentence() < r.index()) {
          t.dropAt(dropTime(t, cueChar));
        }
      }
    }

    // A cue naming no hypothesis speaks of those raised just before: "This was a red herring."
    private List<HypothesisTrail> targets(List<String> keys) {
      List<HypothesisTrail> out = new ArrayList<>();
      if (!keys.isEmpty()) {
        keys.forEach(k -> out.add(trail(k)));
        return out;
      }
      for (HypothesisTrail t : trails.values()) {
        if (t.lastSentence() >= r.index() - REACH && t.lastSentence() <= r.index()) {
          out.add(t);
        }
      }
      return out;
    }

    private HypothesisTrail trail(String key) {
      HypothesisTrail t = trails.get(key);
      if (t == null) {
        t = new HypothesisTrail(key, r.sentence().text(), r.index(), entry, startTime());
        trails.put(key, t);
      } else if (t.start().isEmpty()) {
        t.startedAt(startTime());
      }
      return t;
    }

    private Optional<Moment> startTime() {
      return clock.startIn(r.sentence().text(), entryAt);
    }

    private Optional<Moment> dropTime(HypothesisTrail t, int cueChar) {
      return clock.endIn(r.sentence().text(), cueChar, entryAt, t.start());
    }
  }

  // ---- how far a cue reaches ----------------------------------------------------------------

  /** "suspected X": X after the cue in its clause; else the clause before it ("X was suspected"); else anything before. */
  private static List<String> suspectScope(Reading r, StemLexicon.Match cue) {
    MisleadingClauses c = r.clauses();
    int from = c.skipLeadIn(cue.end());
    List<String> keys = keysIn(r, from, c.clauseEnd(from));
    if (keys.isEmpty()) {
      keys = keysIn(r, c.clauseStart(cue.start()), cue.start());
    }
    if (keys.isEmpty()) {
      keys = keysIn(r, 0, cue.start());
    }
    return keys;
  }

  /**
   * "X ruled out", "looked at X, but found no errors": X in the cue's clause; else, when the
   * clause has no subject of its own ("X (both nodes) - were properly running"), in the clauses
   * before it.
   */
  private static List<String> refuteScope(Reading r, StemLexicon.Match cue) {
    MisleadingClauses c = r.clauses();
    int start = c.clauseStart(cue.start());
    List<String> keys = keysIn(r, start, c.clauseEnd(cue.end()));
    if (keys.isEmpty() && start > 0 && c.subjectless(cue.start())) {
      keys = keysIn(r, 0, start);
    }
    return keys;
  }

  /**
   * X in the label's own clause ("Misleading lead: X, so ..."); for a label that opens the
   * sentence and names nothing ("Misleadingly, the team looked at X"), the first clause after
   * it that names something; else the clauses before ("X, which was a misleading path").
   */
  private static List<String> labelScope(Reading r, StemLexicon.Match cue) {
    MisleadingClauses c = r.clauses();
    int start = c.clauseStart(cue.start());
    List<String> keys = keysIn(r, start, c.clauseEnd(c.skipLeadIn(cue.end())));
    int at = c.clauseEnd(cue.end());
    while (keys.isEmpty() && start == 0 && at < c.size()) {
      int clause = c.skipBoundary(at);
      at = c.clauseEnd(clause);
      keys = keysIn(r, clause, at);
    }
    if (keys.isEmpty()) {
      keys = keysIn(r, 0, start);
    }
    return keys;
  }

  private static List<String> all(Reading r) {
    return keysIn(r, 0, r.clauses().size());
  }

  // Hypotheses named within tokens [from, to), never past where the sentence turns to the real cause.
  private static List<String> keysIn(Reading r, int from, int to) {
    int end = Math.min(to, r.clauses().actualFrom());
    List<String> keys = new ArrayList<>(2);
    for (StemLexicon.Match m : r.hypotheses()) {
      if (m.start() >= from && m.end() <= end && !m.key().equals(NONE) && !keys.contains(m.key())) {
        keys.add(m.key());
      }
    }
    return keys;
  }
}
