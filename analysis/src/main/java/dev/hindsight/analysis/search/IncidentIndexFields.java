package dev.hindsight.analysis.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The names of the index fields. They are what a query names ({@code component:load-balancer}) and the keys
 * of the {@code --json} output of {@code search} and {@code similar}, so they are a contract: renaming one
 * breaks saved queries and scripts.
 */
public final class IncidentIndexFields {

  /** The record id (content hash prefix); exact. */
  public static final String ID = "id";
  /** The document's title; English text. */
  public static final String TITLE = "title";
  /** The path as given when indexed; exact. */
  public static final String SOURCE = "source";
  /** The quarter of the start in UTC ({@code 2024Q3}), or {@code undated}, as in the report; exact, a facet. */
  public static final String QUARTER = "quarter";
  /**
   * When the incident started, in UTC, only when the document gives a zone (as in the report). A point
   * field: a query takes dates ({@code start:[2024-01-01 TO *]}, {@code start:2024-03}); sortable.
   */
  public static final String START = "start";
  /** Start to service restored, in minutes. A point field ({@code duration:[60 TO *]}); sortable. */
  public static final String DURATION = "duration";
  /** The root cause category key ({@code misconfiguration}), {@code unknown} when none; exact, a facet. */
  public static final String CATEGORY = "category";
  /** The root cause component key ({@code load-balancer}), {@code unknown} when none; exact, a facet. */
  public static final String COMPONENT = "component";
  /** The failure class, {@code category/component}; exact. In a query it needs quotes ({@code class:"a/b"}). */
  public static final String FAILURE_CLASS = "class";
  /** An affected service, lower case, one value per service; English text and a facet. */
  public static final String SERVICE = "service";
  /** A hypothesis pursued and dropped (a misleading path key), one value each; exact, a facet. */
  public static final String HYPOTHESIS = "hypothesis";
  /** How the incident was detected ({@code monitoring}, {@code customer-report}, ...); exact. */
  public static final String DETECTION = "detection";
  /** The sentence that states the root cause; English text, highlighted in results. */
  public static final String CAUSE = "cause";
  /** The summary section (or the impact summary); English text. */
  public static final String SUMMARY = "summary";
  /** The whole text of the document; English text, not stored. */
  public static final String TEXT = "text";

  /** Fields searched when a query names none, with their weights: the cause counts most. */
  static final List<String> DEFAULT_FIELDS = List.of(CAUSE, SUMMARY, TEXT);

  /** Fields analysed as English text (stemming, stop words, synonyms in queries). */
  static final Set<String> TEXT_FIELDS = Set.of(TITLE, SERVICE, CAUSE, SUMMARY, TEXT);

  /** Fields holding exact values (keys, ids), matched whole and case-insensitively. */
  static final Set<String> EXACT_FIELDS =
      Set.of(ID, SOURCE, QUARTER, CATEGORY, COMPONENT, FAILURE_CLASS, HYPOTHESIS, DETECTION);

  /** Fields indexed as points; a query reads them as numbers or dates. */
  static final Set<String> POINT_FIELDS = Set.of(START, DURATION);

  /** The facet dimensions, in the order results list them. */
  public static final List<String> FACETS = List.of(CATEGORY, COMPONENT, QUARTER, SERVICE, HYPOTHESIS);

  /** Doc-values field holding the id, for a stable tie-break between equal scores. */
  static final String ID_SORT = "id_sort";
  /** The order of documents inside each segment of an index: by id. */
  static final Sort ID_ORDER = new Sort(new SortField(ID_SORT, SortField.Type.STRING));
  /** The source exactly as written (not lower-cased), so a rerun can delete the incident of one changed file. */
  static final String SOURCE_KEY = "source_key";

  private IncidentIndexFields() {}

  /** The facet set-up shared by the writer and the searcher: services and hypotheses take several values. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SERVICE, true);
    config.setMultiValued(HYPOTHESIS, true);
    return config;
  }
}
