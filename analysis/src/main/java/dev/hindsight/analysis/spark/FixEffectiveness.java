package dev.hindsight.analysis.spark;

import static dev.hindsight.analysis.spark.IncidentColumns.ACTIONS;
import static dev.hindsight.analysis.spark.IncidentColumns.ACTION_TEXT;
import static dev.hindsight.analysis.spark.IncidentColumns.ACTION_TYPE;
import static dev.hindsight.analysis.spark.IncidentColumns.FAILURE_CLASS;
import static dev.hindsight.analysis.spark.IncidentColumns.ID;
import static dev.hindsight.analysis.spark.IncidentColumns.QUARTER;
import static dev.hindsight.analysis.spark.IncidentColumns.START_UTC;
import static dev.hindsight.analysis.spark.ReportColumns.EARLIER_ACTIONS;
import static dev.hindsight.analysis.spark.ReportColumns.EARLIER_ACTION_COUNT;
import static dev.hindsight.analysis.spark.ReportColumns.EARLIER_INCIDENT_COUNT;
import static dev.hindsight.analysis.spark.ReportColumns.EARLIER_INCIDENT_IDS;
import static dev.hindsight.analysis.spark.ReportColumns.INCIDENT_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * "Did the fixes work": for each recurrence (an incident whose failure class had occurred before), the corrective
 * actions the earlier incidents of that class listed, and those incidents' ids.
 *
 * <p>Incidents are ordered in time by start, then id for equal starts; undated incidents cannot be placed before or
 * after anything and take no part. The earlier incidents shown are the {@value #RECENT} most recent of the class,
 * oldest first, with their actions tagged by the incident that listed them: those are the fixes that were meant to
 * prevent this one, and a bound keeps the table linear in the corpus (a class seen 10,000 times would otherwise
 * repeat its history 10,000 times). {@code earlier_incident_count} counts them all. An earlier incident that listed no
 * actions still appears among the earlier ids: that it promised nothing is part of the answer.
 */
public final class FixEffectiveness {

  public static final String NAME = "fix_effectiveness";
  /** The columns that identify a row; the table is written sorted by them. */
  public static final List<String> KEYS = List.of(FAILURE_CLASS, START_UTC, INCIDENT_ID);

  /** How many of the most recent earlier incidents each recurrence shows. */
  public static final int RECENT = 3;

  private static final String OWN_ACTIONS = "own_actions";

  private FixEffectiveness() {}

  public static Dataset<Row> of(Dataset<Row> incidents) {
    WindowSpec inTime = Window.partitionBy(col(FAILURE_CLASS)).orderBy(col(START_UTC), col(ID));
    WindowSpec earlier = inTime.rowsBetween(Window.unboundedPreceding(), -1);
    WindowSpec recent = inTime.rowsBetween(-RECENT, -1);
    Column ownActions = transform(col(ACTIONS), action -> struct(
        col(ID).as(INCIDENT_ID),
        action.getField(ACTION_TEXT).as(ACTION_TEXT),
        action.getField(ACTION_TYPE).as(ACTION_TYPE)));
    return IncidentColumns.accepted(incidents)
        .filter(col(FAILURE_CLASS).isNotNull().and(col(START_UTC).isNotNull()))
        .withColumn(OWN_ACTIONS, ownActions)
        .withColumn(EARLIER_INCIDENT_COUNT, count(lit(1)).over(earlier))
        .withColumn(EARLIER_INCIDENT_IDS, collect_list(col(ID)).over(recent))
        .withColumn(EARLIER_ACTIONS, flatten(collect_list(col(OWN_ACTIONS)).over(recent)))
        .filter(col(EARLIER_INCIDENT_COUNT).gt(0))
        .select(col(FAILURE_CLASS), col(ID).as(INCIDENT_ID), col(QUARTER), col(START_UTC), col(EARLIER_INCIDENT_COUNT),
            col(EARLIER_INCIDENT_IDS), size(col(EARLIER_ACTIONS)).as(EARLIER_ACTION_COUNT), col(EARLIER_ACTIONS));
  }
}
