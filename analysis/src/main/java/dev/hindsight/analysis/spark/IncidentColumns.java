package dev.hindsight.analysis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.hindsight.ingest.time.QuarterKey;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The flat {@code incidents} table every aggregate reads: its column names and its one explicit schema. */
public final class IncidentColumns {

  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  /** {@link #STATUS_OK}, {@link #STATUS_PARTIAL} or {@link #STATUS_REJECTED}. */
  public static final String STATUS = "status";
  /** Incident start as an instant; null when the document gives no usable start. */
  public static final String START_UTC = "start_utc";
  public static final String END_UTC = "end_utc";
  /** True when the document gave a zone or offset for its times. */
  public static final String HAS_OFFSET = "has_offset";
  /** {@code 2024Q3} from {@link #START_UTC} in UTC, or {@link #UNDATED}. */
  public static final String QUARTER = "quarter";
  public static final String DURATION_MINUTES = "duration_minutes";
  public static final String TTD_MINUTES = "ttd_minutes";
  public static final String TTI_MINUTES = "tti_minutes";
  public static final String TTR_MINUTES = "ttr_minutes";
  public static final String CATEGORY = "category";
  public static final String COMPONENT = "component";
  /** {@code category/component}. */
  public static final String FAILURE_CLASS = "failure_class";
  public static final String DETECTION_METHOD = "detection_method";
  public static final String SERVICES = "services";
  public static final String USERS_AFFECTED_PERCENT = "users_affected_percent";
  public static final String MISLEADING = "misleading";
  public static final String HYPOTHESIS = "hypothesis";
  public static final String MINUTES_LOST = "minutes_lost";
  public static final String ACTIONS = "actions";
  public static final String ACTION_TEXT = "text";
  public static final String ACTION_TYPE = "type";
  public static final String QUALITY_SCORE = "quality_score";
  public static final String QUALITY_FLAGS = "quality_flags";
  public static final String WARNING_KINDS = "warning_kinds";

  public static final String STATUS_OK = "ok";
  public static final String STATUS_PARTIAL = "partial";
  public static final String STATUS_REJECTED = "rejected";
  /** The quarter bucket of incidents without a usable start; kept, never dropped. */
  public static final String UNDATED = QuarterKey.UNDATED;
  /** The detection method when none is known, as in the taxonomy. */
  public static final String UNKNOWN = "unknown";

  /** One misleading path: the hypothesis key and the minutes it cost (null when the timeline cannot tell). */
  public static final StructType MISLEADING_PATH = new StructType()
      .add(HYPOTHESIS, DataTypes.StringType, true)
      .add(MINUTES_LOST, DataTypes.LongType, true);

  /** One corrective action: its text and its type key. */
  public static final StructType ACTION = new StructType()
      .add(ACTION_TEXT, DataTypes.StringType, true)
      .add(ACTION_TYPE, DataTypes.StringType, true);

  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, true);

  /** The schema of the incidents table; rejected rows carry only id, source, status and warning kinds. */
  public static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType, false)
      .add(SOURCE, DataTypes.StringType, false)
      .add(TITLE, DataTypes.StringType, true)
      .add(STATUS, DataTypes.StringType, false)
      .add(START_UTC, DataTypes.TimestampType, true)
      .add(END_UTC, DataTypes.TimestampType, true)
      .add(HAS_OFFSET, DataTypes.BooleanType, true)
      .add(QUARTER, DataTypes.StringType, true)
      .add(DURATION_MINUTES, DataTypes.LongType, true)
      .add(TTD_MINUTES, DataTypes.LongType, true)
      .add(TTI_MINUTES, DataTypes.LongType, true)
      .add(TTR_MINUTES, DataTypes.LongType, true)
      .add(CATEGORY, DataTypes.StringType, true)
      .add(COMPONENT, DataTypes.StringType, true)
      .add(FAILURE_CLASS, DataTypes.StringType, true)
      .add(DETECTION_METHOD, DataTypes.StringType, true)
      .add(SERVICES, STRINGS, true)
      .add(USERS_AFFECTED_PERCENT, DataTypes.DoubleType, true)
      .add(MISLEADING, DataTypes.createArrayType(MISLEADING_PATH, true), true)
      .add(ACTIONS, DataTypes.createArrayType(ACTION, true), true)
      .add(QUALITY_SCORE, DataTypes.DoubleType, true)
      .add(QUALITY_FLAGS, STRINGS, true)
      .add(WARNING_KINDS, STRINGS, true);

  private IncidentColumns() {}

  /** The incidents that count in trends: everything not rejected. */
  public static Dataset<Row> accepted(Dataset<Row> incidents) {
    return incidents.filter(isAccepted());
  }

  /** A column reference for each name, for selecting a schema's columns in its order. */
  static Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /** True for the rows of incidents that were not rejected. */
  public static Column isAccepted() {
    return col(STATUS).notEqual(lit(STATUS_REJECTED));
  }

  /** The quarter, with a missing quarter read as {@link #UNDATED} so no accepted incident drops out of a trend. */
  public static Column quarterBucket() {
    return org.apache.spark.sql.functions.coalesce(col(QUARTER), lit(UNDATED));
  }
}
