package dev.hindsight.analysis.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lexicon evidence of one document summed per category and per component: each cue counts
 * its strength times the weight of its sentence. Keeps, for each key, the cue that counted most,
 * to show which sentence and phrase produced an answer.
 *
 * <p>Components are summed for a given category: a component counts fully in the sentences that
 * name that kind of cause and less elsewhere, because the fault lay where the cause is stated, not
 * in the service the summary says users saw fail.
 */
final class CauseScores {

  /** A component in a sentence that only hints at the category. */
  private static final double HINTED = 0.5;
  /** A component in a sentence that does not name the category at all. */
  private static final double UNLINKED = 0.25;
  /** What a category implies about its component ("a code defect" lay in the application), as evidence a plain mention can outweigh. */
  private static final double IMPLIED = 1.0;

  private final Map<String, Double> categories = new LinkedHashMap<>();
  private final Map<String, Double> components = new LinkedHashMap<>();
  private final Map<String, Support> categorySupport = new LinkedHashMap<>();
  private final Map<String, Support> componentSupport = new LinkedHashMap<>();

  private CauseScores(CauseLexicon lexicon) {
    // Insertion order is priority order, so an exact tie goes to the earlier key.
    lexicon.categoryKeys().forEach(k -> categories.put(k, 0.0));
    lexicon.componentKeys().forEach(k -> components.put(k, 0.0));
  }

  /** The sums over a document's statements, components counted for {@code category} ("unknown" for none). */
  static CauseScores of(List<CauseStatement> statements, CauseLexicon lexicon, String category) {
    CauseScores scores = new CauseScores(lexicon);
    for (CauseStatement s : statements) {
      for (CauseCue c : s.categories()) {
        add(scores.categories, scores.categorySupport, s, c, 1.0);
      }
      double link = link(s, category);
      for (CauseCue c : s.components()) {
        add(scores.components, scores.componentSupport, s, c, link);
      }
    }
    lexicon.defaultComponent(category).ifPresent(k -> scores.components.merge(k, IMPLIED, Double::sum));
    return scores;
  }

  /** The category sums alone, to choose the category before the components are weighed for it. */
  static Optional<Ranked> topCategory(List<CauseStatement> statements, CauseLexicon lexicon) {
    return of(statements, lexicon, "unknown").topCategory();
  }

  private static double link(CauseStatement s, String category) {
    if (category.equals("unknown")) {
      return 1.0; // no stated cause to tie the component to
    }
    double link = UNLINKED;
    for (CauseCue c : s.categories()) {
      if (c.key().equals(category)) {
        if (c.plain()) {
          return 1.0;
        }
        link = HINTED;
      }
    }
    return link;
  }

  private static void add(Map<String, Double> sums, Map<String, Support> support, CauseStatement s, CauseCue c, double factor) {
    double amount = s.weight() * c.strength() * factor;
    if (amount <= 0) {
      return;
    }
    sums.merge(c.key(), amount, Double::sum);
    Support before = support.get(c.key());
    if (before == null || amount > before.amount()) {
      support.put(c.key(), new Support(s, c, amount));
    }
  }

  /** The category with the most evidence, if any. */
  Optional<Ranked> topCategory() {
    return top(categories, categorySupport);
  }

  /** The component with the most evidence, if any. */
  Optional<Ranked> topComponent() {
    return top(components, componentSupport);
  }

  /** The component with the second most evidence, if any. */
  Optional<Ranked> secondComponent() {
    Optional<Ranked> first = topComponent();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> rest = new LinkedHashMap<>(components);
    rest.remove(first.get().key());
    return top(rest, componentSupport);
  }

  /** Each category's share of all category evidence (all zero when there is none). */
  Map<String, Double> categoryShares() {
    return shares(categories);
  }

  /** Each component's share of all component evidence. */
  Map<String, Double> componentShares() {
    return shares(components);
  }

  /** The strongest cue for a category, if it has any. */
  Optional<Support> categorySupport(String key) {
    return Optional.ofNullable(categorySupport.get(key));
  }

  private static Optional<Ranked> top(Map<String, Double> sums, Map<String, Support> support) {
    String best = null;
    double score = 0;
    double total = 0;
    for (Map.Entry<String, Double> e : sums.entrySet()) {
      total += e.getValue();
      if (e.getValue() > score) {
        best = e.getKey();
        score = e.getValue();
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Ranked(best, score, total > 0 ? score / total : 0, support.get(best)));
  }

  private static Map<String, Double> shares(Map<String, Double> sums) {
    double total = sums.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> out = new LinkedHashMap<>();
    sums.forEach((k, v) -> out.put(k, total > 0 ? v / total : 0.0));
    return out;
  }

  /** The cue that counted most for a key: its sentence, the phrase, and how much it added (null when only implied). */
  record Support(CauseStatement statement, CauseCue cue, double amount) {

    /** The phrase as written. */
    String phrase() {
      return cue.phrase(statement.sentence().text());
    }
  }

  /** The leading key: its evidence, its share of all evidence on its axis, and its strongest cue. */
  record Ranked(String key, double score, double share, Support support) {}
}
