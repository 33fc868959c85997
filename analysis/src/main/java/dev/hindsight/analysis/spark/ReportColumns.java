package dev.hindsight.analysis.spark;

/**
 * Names of the aggregate tables' columns, defined once; columns that mean what an incidents column means reuse
 * its name from {@link IncidentColumns} ({@code quarter}, {@code failure_class}, {@code category}, ...).
 */
public final class ReportColumns {

  /** Number of distinct incidents in the group. */
  public static final String INCIDENTS = "incidents";

  // quarterly_durations: count of known values, median, p90, mean, max per measure (minutes).
  public static final String TTR_COUNT = "ttr_count";
  public static final String TTR_MEDIAN = "ttr_median";
  public static final String TTR_P90 = "ttr_p90";
  public static final String TTR_MEAN = "ttr_mean";
  public static final String TTR_MAX = "ttr_max";
  public static final String TTD_COUNT = "ttd_count";
  public static final String TTD_MEDIAN = "ttd_median";
  public static final String TTD_P90 = "ttd_p90";
  public static final String TTD_MEAN = "ttd_mean";
  public static final String TTD_MAX = "ttd_max";
  public static final String TTI_COUNT = "tti_count";
  public static final String TTI_MEDIAN = "tti_median";
  public static final String TTI_P90 = "tti_p90";
  public static final String TTI_MEAN = "tti_mean";
  public static final String TTI_MAX = "tti_max";

  // *_median_intervals and *_median_changes; their measure's columns come from MedianMeasure.
  public static final String PREVIOUS_QUARTER = "previous_quarter";
  public static final String PREVIOUS_MEDIAN = "previous_median";
  public static final String PREVIOUS_LOW = "previous_low";
  public static final String PREVIOUS_HIGH = "previous_high";
  public static final String VERDICT = "verdict";

  // recurring_failure_classes.
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";
  public static final String QUARTERS_PRESENT = "quarters_present";
  public static final String UNDATED_INCIDENTS = "undated_incidents";
  public static final String TREND = "trend";
  public static final String INCIDENT_IDS = "incident_ids";

  // fix_effectiveness.
  /** The recurrence: an incident of a class that had occurred before. */
  public static final String INCIDENT_ID = "incident_id";
  /** How many incidents of the class came before, however long ago. */
  public static final String EARLIER_INCIDENT_COUNT = "earlier_incident_count";
  /** The most recent earlier incidents, oldest first (at most {@link FixEffectiveness#RECENT}). */
  public static final String EARLIER_INCIDENT_IDS = "earlier_incident_ids";
  /** array of struct(incident_id, text, type): the actions the earlier incidents listed. */
  public static final String EARLIER_ACTIONS = "earlier_actions";
  public static final String EARLIER_ACTION_COUNT = "earlier_action_count";

  // red_herring_matrix and red_herrings_by_quarter.
  /** Number of misleading paths (an incident may pursue several). */
  public static final String PATHS = "paths";
  /** Paths whose minutes lost are known; minutes lost sums only these. */
  public static final String PATHS_WITH_MINUTES = "paths_with_minutes";
  public static final String INCIDENTS_MISLEADING = "incidents_misleading";
  public static final String MISLEADING_SHARE = "misleading_share";
  public static final String HOURS_LOST = "hours_lost";

  // action_types, services_by_category.
  public static final String ACTION_TYPE = "action_type";
  /** Number of actions (an incident may list several). */
  public static final String ACTION_COUNT = "actions";
  public static final String SERVICE = "service";

  // status_counts, warning_kinds, quality_flags, quality_by_quarter.
  public static final String WARNING_KIND = "warning_kind";
  /** Number of warnings (an incident may carry the same kind twice). */
  public static final String WARNINGS = "warnings";
  public static final String QUALITY_FLAG = "quality_flag";
  public static final String SCORED = "scored";
  public static final String SCORE_MEDIAN = "score_median";
  public static final String SCORE_MEAN = "score_mean";
  public static final String WITHOUT_OFFSET = "without_offset";

  private ReportColumns() {}
}
