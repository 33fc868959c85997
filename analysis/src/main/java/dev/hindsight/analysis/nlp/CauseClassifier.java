package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Postmortem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The root cause stage: what kind of failure it was (category) and where it lay (component), with
 * the sentence that says so and the evidence that decided it.
 *
 * <p>Every sentence is read for the cause it states ({@link CauseReader}); the lexicon evidence is
 * summed over the document ({@link CauseScores}); a maximum-entropy model trained on the project's
 * labelled samples ({@link CauseModel}) reads the sentences that state the cause. A category needs
 * enough evidence, else it is unknown; a component falls back to the one a category implies ("a
 * code defect" lay in the application).
 */
public final class CauseClassifier implements IncidentStage {

  /** Which evidence decides. */
  public enum Mode {
    /** Vocabularies and patterns alone. */
    LEXICON,
    /** The trained model alone. */
    MODEL,
    /** Both: the lexicon's shares plus a part of the model's probabilities. */
    HYBRID
  }

  /** Below this much evidence the text does not say what the cause was. */
  private static final double MIN_CATEGORY = 0.3;
  /** A sentence weighing this much states the cause rather than mentions it in passing. */
  private static final double STATED_WEIGHT = 1.0;
  /** Without one plain phrase, hints must add up to this much. */
  private static final double MIN_HINTED_CATEGORY = 0.6;
  /** Below this much evidence no component is named plainly enough. */
  private static final double MIN_COMPONENT = 0.6;
  /** How much the model's probabilities count next to the lexicon's shares in {@link Mode#HYBRID}. */
  private static final double MODEL_PART = 0.5;
  /** When the lexicon finds nothing, the model decides alone only when this sure. */
  private static final double MODEL_ALONE = 0.5;
  private static final String UNKNOWN = "unknown";

  private final Mode mode;
  private final CauseLexicon lexicon;
  private final CauseReader reader;
  private final Optional<CauseModel> model;
  private final ComponentLocator locator;

  /**
   * The stage as the standard chain runs it: by lexicon alone. Measured on every labelled corpus,
   * adding the model trained on the project's few dozen samples never did better than the lexicon
   * and at higher weights did worse, so the combination is not the default.
   */
  public CauseClassifier() {
    this(Mode.LEXICON);
  }

  /** The stage reading by the given evidence; the model modes need {@code cause-model.bin} on the class path. */
  public CauseClassifier(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.lexicon = CauseLexicon.get();
    this.reader = new CauseReader(lexicon);
    this.locator = new ComponentLocator(NlpModels.get());
    this.model = mode == Mode.LEXICON ? Optional.empty() : CauseModel.get();
    if (mode != Mode.LEXICON && model.isEmpty()) {
      throw new IllegalStateException("mode " + mode + " needs the root cause model " + CauseModel.RESOURCE
          + " on the class path; train it with CauseModelTrainer");
    }
  }

  @Override
  public Incident apply(Incident incident) {
    if (incident.postmortem().isEmpty()) {
      return incident;
    }
    List<CauseStatement> statements = statements(incident.postmortem().get(), incident.enrichment().sentences());
    RootCause cause = switch (mode) {
      case LEXICON -> byLexicon(statements);
      case MODEL -> byModel(statements);
      case HYBRID -> byBoth(statements);
    };
    return incident.with(e -> e.withRootCause(cause));
  }

  /** Each sentence read for the cause it states, in document order. */
  List<CauseStatement> statements(Postmortem pm, List<Sentence> sentences) {
    List<CauseStatement> out = new ArrayList<>(sentences.size());
    int position = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      boolean title = i == 0 && s.heading().isEmpty() && s.text().equals(pm.title().strip());
      if (i > 0) {
        Sentence previous = sentences.get(i - 1);
        boolean sameRun = previous.section() == s.section() && previous.heading().equals(s.heading());
        position = sameRun ? position + 1 : 0;
      }
      out.add(reader.read(s, position, title));
    }
    if (out.stream().anyMatch(s -> s.changeBroughtDefect() && s.weight() >= STATED_WEIGHT)) {
      // Taxonomy: a software bug is a defect no recent change in the text is blamed for.
      out.replaceAll(s -> s.recast(CauseReader.SOFTWARE_BUG, CauseReader.BAD_CHANGE));
    }
    return out;
  }

  /**
   * The component sums for a category, with the parts of speech of one sentence consulted when two
   * components come close and that sentence names both.
   */
  private CauseScores componentScores(List<CauseStatement> statements, String category) {
    CauseScores scores = CauseScores.of(statements, lexicon, category);
    Optional<CauseScores.Ranked> first = scores.topComponent();
    Optional<CauseScores.Ranked> second = scores.secondComponent();
    if (first.isEmpty() || second.isEmpty() || second.get().score() < ComponentLocator.CLOSE * first.get().score()
        || first.get().support() == null || second.get().support() == null) {
      return scores;
    }
    for (CauseStatement decisive : List.of(first.get().support().statement(), second.get().support().statement())) {
      boolean namesBoth = decisive.components().stream().anyMatch(c -> c.key().equals(first.get().key()))
          && decisive.components().stream().anyMatch(c -> c.key().equals(second.get().key()));
      if (namesBoth) {
        CauseStatement located = locator.locate(decisive);
        List<CauseStatement> settled = new ArrayList<>(statements);
        settled.replaceAll(s -> s == decisive ? located : s);
        return CauseScores.of(settled, lexicon, category);
      }
    }
    return scores;
  }

  private RootCause byLexicon(List<CauseStatement> statements) {
    Optional<CauseScores.Ranked> category = CauseScores.topCategory(statements, lexicon).filter(CauseClassifier::enough);
    CauseScores scores = componentScores(statements, category.map(CauseScores.Ranked::key).orElse(UNKNOWN));
    Optional<CauseScores.Ranked> component = scores.topComponent().filter(r -> r.score() >= MIN_COMPONENT);
    if (category.isEmpty() && component.map(CauseScores.Ranked::support).isEmpty()) {
      return RootCause.UNKNOWN;
    }
    String categoryKey = category.map(CauseScores.Ranked::key).orElse(UNKNOWN);
    String componentKey = component.map(CauseScores.Ranked::key)
        .or(() -> lexicon.defaultComponent(categoryKey)).orElse(UNKNOWN);
    CauseScores.Support support = category.map(CauseScores.Ranked::support).orElseGet(() -> component.get().support());
    double confidence = category.map(c -> c.share() * (1 - Math.exp(-c.score() / 3))).orElse(0.2);
    if (support.statement().hedged()) {
      confidence *= 0.8;
    }
    return new RootCause(categoryKey, componentKey, support.statement().sentence().text(), clamp(confidence),
        "lexicon: " + explain(category, component, componentKey));
  }

  private RootCause byModel(List<CauseStatement> statements) {
    String[] features = CauseFeatures.get().of(statements);
    if (features.length == 0) {
      return RootCause.UNKNOWN;
    }
    CauseModel m = model.orElseThrow();
    Map.Entry<String, Double> category = best(m.categories(features));
    Map.Entry<String, Double> component = best(m.components(features));
    String text = CauseFeatures.chosen(statements).get(0).sentence().text();
    return new RootCause(category.getKey(), component.getKey(), text, clamp(category.getValue()),
        "model: category " + category.getKey() + " p=" + FixedPoint.of(category.getValue(), 2) + ", component "
            + component.getKey() + " p=" + FixedPoint.of(component.getValue(), 2) + ", from " + features.length
            + " words");
  }

  private RootCause byBoth(List<CauseStatement> statements) {
    RootCause lexical = byLexicon(statements);
    String[] features = CauseFeatures.get().of(statements);
    if (features.length == 0) {
      return lexical;
    }
    CauseModel m = model.orElseThrow();
    Map<String, Double> modelCategories = m.categories(features);
    Optional<CauseScores.Ranked> top = CauseScores.topCategory(statements, lexicon).filter(CauseClassifier::enough);
    String category;
    double categoryScore;
    if (top.isPresent()) {
      Map<String, Double> shares = CauseScores.of(statements, lexicon, UNKNOWN).categoryShares();
      Map.Entry<String, Double> mixed = best(mix(shares, modelCategories));
      category = mixed.getKey();
      categoryScore = mixed.getValue() / (1 + MODEL_PART);
    } else {
      Map.Entry<String, Double> alone = best(modelCategories);
      category = alone.getValue() >= MODEL_ALONE ? alone.getKey() : UNKNOWN;
      categoryScore = alone.getValue();
    }
    CauseScores scores = componentScores(statements, category);
    Map<String, Double> modelComponents = m.components(features);
    String component;
    if (scores.topComponent().filter(r -> r.score() >= MIN_COMPONENT).isPresent()) {
      component = best(mix(scores.componentShares(), modelComponents)).getKey();
    } else {
      Map.Entry<String, Double> alone = best(modelComponents);
      component = alone.getValue() >= MODEL_ALONE ? alone.getKey()
          : lexicon.defaultComponent(category).orElse(lexical.component());
    }
    if (category.equals(UNKNOWN) && component.equals(UNKNOWN)) {
      return RootCause.UNKNOWN;
    }
    String text = scores.categorySupport(category).map(s -> s.statement().sentence().text()).orElse(lexical.text());
    return new RootCause(category, component, text, clamp(categoryScore), lexical.evidence() + "; model: p("
        + category + ")=" + FixedPoint.of(modelCategories.getOrDefault(category, 0.0), 2) + ", p(" + component + ")="
        + FixedPoint.of(modelComponents.getOrDefault(component, 0.0), 2));
  }

  /** The lexicon's shares plus {@link #MODEL_PART} of the model's probabilities, key by key. */
  private static Map<String, Double> mix(Map<String, Double> shares, Map<String, Double> probabilities) {
    Map<String, Double> out = new LinkedHashMap<>(shares);
    probabilities.forEach((k, p) -> out.merge(k, MODEL_PART * p, Double::sum));
    return out;
  }

  /** The highest entry; on a tie the first, which is the earlier key in priority order. */
  private static Map.Entry<String, Double> best(Map<String, Double> scores) {
    Map.Entry<String, Double> best = null;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    return best == null ? Map.entry(UNKNOWN, 0.0) : best;
  }

  /** Enough evidence for a category: a plain phrase somewhere, or hints that add up. */
  private static boolean enough(CauseScores.Ranked r) {
    return r.score() >= MIN_CATEGORY && (r.support().cue().plain() || r.score() >= MIN_HINTED_CATEGORY);
  }

  private static String explain(Optional<CauseScores.Ranked> category, Optional<CauseScores.Ranked> component, String componentKey) {
    StringBuilder out = new StringBuilder();
    out.append(category.map(c -> describe(c, "category")).orElse("no category phrase")).append("; ");
    Optional<CauseScores.Ranked> named = component.filter(c -> c.support() != null && c.key().equals(componentKey));
    out.append(named.map(c -> describe(c, "component")).orElse("component " + componentKey + " implied by the category"));
    return out.toString();
  }

  private static String describe(CauseScores.Ranked r, String axis) {
    return axis + " " + r.key() + " " + FixedPoint.of(r.score(), 1) + " (" + FixedPoint.of(100 * r.share(), 0)
        + "%) from \"" + r.support().phrase() + "\" in " + r.support().statement().sentence().section().key();
  }

  private static double clamp(double confidence) {
    return Math.max(0, Math.min(1, confidence));
  }
}
