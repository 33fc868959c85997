package dev.hindsight.dashboards.report;

import static dev.hindsight.dashboards.report.HtmlText.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.analysis.spark.ActionTypeMix;
import dev.hindsight.analysis.spark.DetectionMethodMix;
import dev.hindsight.analysis.spark.FailureClassCounts;
import dev.hindsight.analysis.spark.FixEffectiveness;
import dev.hindsight.analysis.spark.IncidentColumns;
import dev.hindsight.analysis.spark.QualityFlagCounts;
import dev.hindsight.analysis.spark.QuarterlyDurations;
import dev.hindsight.analysis.spark.RecurringFailureClasses;
import dev.hindsight.analysis.spark.RedHerringMatrix;
import dev.hindsight.analysis.spark.RedHerringsByQuarter;
import dev.hindsight.analysis.spark.ReportColumns;
import dev.hindsight.analysis.spark.ReportTableWriter;
import dev.hindsight.analysis.spark.ReportTables;
import dev.hindsight.analysis.spark.MedianChanges;
import dev.hindsight.analysis.spark.MedianMeasure;
import dev.hindsight.analysis.spark.StatusCounts;
import dev.hindsight.analysis.spark.WarningKindCounts;
import dev.hindsight.dashboards.charts.ActionTypesChart;
import dev.hindsight.dashboards.charts.ChartImages;
import dev.hindsight.dashboards.charts.ChartValue;
import dev.hindsight.dashboards.charts.DetectionMethodsChart;
import dev.hindsight.dashboards.charts.DurationDistributionChart;
import dev.hindsight.dashboards.charts.IncidentsByCategoryChart;
import dev.hindsight.dashboards.charts.RecurringClassesChart;
import dev.hindsight.dashboards.charts.RedHerringHeatmap;
import dev.hindsight.dashboards.charts.ResolveTimeChart;
import dev.hindsight.dashboards.charts.SizedChart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a report folder's {@code index.html} and {@code charts/}: how the selected quarter went against the one
 * before, why (charts of causes, durations, red herrings, detection and actions), what keeps coming back and whether
 * the fixes worked, every incident of the quarter, and the files that were not read cleanly. It reads only what
 * the job wrote (tables, incidents.jsonl, manifest.json, run-info.json); every string from a postmortem is escaped.
 */
public final class ReportPage {

  public static final String INDEX = "index.html";
  public static final String CHARTS = "charts";
  /** Incidents listed for the selected quarter, earliest first; the page says when there are more. */
  public static final int LISTED_INCIDENTS = 200;
  /** Partial and rejected files listed each; the page gives the full counts. */
  public static final int LISTED_FILES = 100;
  /** Recurring failure classes in the table, most incidents first. */
  public static final int LISTED_CLASSES = 15;
  /** Bars on the recurring classes chart. */
  public static final int CHARTED_CLASSES = 10;
  static final int INCIDENTS_PER_CLASS = 8;
  static final int RECURRENCES_PER_CLASS = 2;
  static final int ACTIONS_PER_RECURRENCE = 4;

  /** The lead's detect-time tables, read when the job wrote them. */
  public static final String DETECT_INTERVALS = MedianMeasure.DETECT.intervalsTable();
  public static final String DETECT_CHANGES = MedianMeasure.DETECT.changesTable();

  /** Scripts are forbidden outright: the page shows untrusted text and needs none. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  private static final String RUN_INFO = "run-info.json";
  private static final String MANIFEST = "manifest.json";
  private static final String INCIDENTS_JSONL = "incidents.jsonl";
  private static final String NOT_TESTED = "not tested";
  private static final List<String> METHOD_ORDER = List.of("monitoring", "customer-report", "manual", "unknown");

  private final ReportFolder folder;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private ReportPage(ReportFolder folder) {
    this.folder = folder;
  }

  /**
   * Renders the page into the folder, replacing {@code index.html} and the chart files.
   *
   * @param quarter the quarter to headline ({@code 2024Q3}); by default the report's period when it is one quarter,
   *     else the latest quarter with dated incidents
   * @throws IOException when a file of the report cannot be read or written
   * @throws IllegalArgumentException when the quarter is not written like {@code 2024Q3}
   */
  public static void render(ReportFolder folder, Optional<String> quarter) throws IOException {
    new ReportPage(folder).write(quarter);
  }

  private void write(Optional<String> requested) throws IOException {
    JsonNode runInfo = json(RUN_INFO);
    List<CsvRow> durations = table(QuarterlyDurations.NAME);
    List<String> quarters = durations.stream()
        .filter(row -> row.count(ReportColumns.INCIDENTS) > 0)
        .map(row -> row.required(IncidentColumns.QUARTER))
        .toList();
    QuarterChoice choice = QuarterChoice.of(quarters, runInfo.path("period").asText(""), requested);
    List<CsvRow> recurring = new ArrayList<>(table(RecurringFailureClasses.NAME));
    recurring.sort(Comparator.comparing((CsvRow row) -> -row.count(ReportColumns.INCIDENTS))
        .thenComparing(row -> row.required(IncidentColumns.FAILURE_CLASS)));
    List<CsvRow> shownClasses = recurring.subList(0, Math.min(LISTED_CLASSES, recurring.size()));
    Map<String, Deque<CsvRow>> fixes = latestFixes(shownClasses);
    Set<String> wanted = new HashSet<>();
    for (CsvRow row : shownClasses) {
      wanted.addAll(firstIds(row, ReportColumns.INCIDENT_IDS, INCIDENTS_PER_CLASS));
    }
    fixes.values().forEach(rows -> rows.forEach(row -> wanted.add(row.required(ReportColumns.INCIDENT_ID))));
    IncidentScan scan;
    try (InputStream in = folder.open(INCIDENTS_JSONL)) {
      scan = IncidentScan.of(in, choice.selected(), LISTED_INCIDENTS, wanted);
    }
    ManifestProblems problems;
    try (InputStream in = folder.open(MANIFEST)) {
      problems = ManifestProblems.of(in, LISTED_FILES);
    }
    String out = runInfo.path("out").asText("");

    String title = "Hindsight report" + choice.selected().map(q -> ": " + q).orElse("");
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">Period covered: ")
        .append(escape(runInfo.path("period").asText("all time"))).append(". Inputs: ")
        // No run time here: the same input must give the same page (the time is in run-info.json).
        .append(escape(String.join(", ", texts(runInfo.path("inputs"))))).append(". ")
        .append(problems.files()).append(" files read.</p>\n");
    html.append("<nav><a href=\"#headline\">Headline</a> <a href=\"#trends\">Trends</a> ")
        .append("<a href=\"#recurring\">Recurring classes</a> <a href=\"#red-herrings\">Red herrings</a> ")
        .append("<a href=\"#detection-actions\">Detection and actions</a> <a href=\"#incidents\">Incidents</a> ")
        .append("<a href=\"#data-quality\">Data quality</a> <a href=\"#tables\">Tables</a></nav>\n");

    headline(choice, durations);
    trends(durations, scan);
    recurring(recurring, shownClasses, fixes, scan, out);
    redHerrings();
    detectionAndActions();
    incidents(choice, scan, out);
    dataQuality(problems, out);
    tables();
    html.append("</main>\n</body>\n</html>\n");
    try (OutputStream index = folder.create(INDEX)) {
      index.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---- headline

  private void headline(QuarterChoice choice, List<CsvRow> durations) throws IOException {
    html.append("<section id=\"headline\">\n<h2>Headline</h2>\n");
    if (choice.selected().isEmpty()) {
      html.append("<p>No incident in this report has a start with a date and a time zone, so there is no quarter"
          + " to summarise; the charts and tables below still cover every incident.</p>\n</section>\n");
      return;
    }
    String now = choice.selected().get();
    Optional<String> before = choice.previous();
    html.append("<p>").append(escape(now)).append(" (").append(escape(choice.why())).append(") against ");
    if (before.isPresent()) {
      html.append(escape(before.get())).append(", the latest earlier quarter with incidents.");
    } else {
      html.append("nothing: <strong>there is no earlier quarter with incidents in this report</strong>, so no change"
          + " can be given.");
    }
    html.append(" A change is called detectable only where the bootstrap intervals of the two medians do not"
        + " overlap; the other figures are counts and are not tested.</p>\n");
    Optional<CsvRow> d = row(durations, now);
    Optional<CsvRow> dBefore = before.flatMap(q -> row(durations, q));
    List<CsvRow> misleading = table(RedHerringsByQuarter.NAME);
    Optional<CsvRow> m = row(misleading, now);
    Optional<CsvRow> mBefore = before.flatMap(q -> row(misleading, q));
    String resolveVerdict = verdict(MedianMeasure.RESOLVE.changesTable(), now, before);
    String detectVerdict = folder.exists(csv(DETECT_CHANGES))
        ? verdict(DETECT_CHANGES, now, before)
        : NOT_TESTED + " (this report has no " + DETECT_CHANGES + " table)";
    html.append("<table class=\"headline\">\n<thead><tr><th>Measure</th><th>").append(escape(now))
        .append("</th><th>").append(escape(before.orElse("no earlier quarter")))
        .append("</th><th>Change</th><th>Detectable?</th></tr></thead>\n<tbody>\n");
    headlineRow("incidents", "Incidents", value(d, ReportColumns.INCIDENTS), value(dBefore, ReportColumns.INCIDENTS),
        "", NOT_TESTED + " (a count)", before);
    headlineRow("ttr-median", "Median time to resolve", value(d, ReportColumns.TTR_MEDIAN),
        value(dBefore, ReportColumns.TTR_MEDIAN), " min", resolveVerdict, before);
    headlineRow("ttr-p90", "p90 time to resolve (9 in 10 within)", value(d, ReportColumns.TTR_P90),
        value(dBefore, ReportColumns.TTR_P90), " min", NOT_TESTED, before);
    headlineRow("ttd-median", "Median time to detect", value(d, ReportColumns.TTD_MEDIAN),
        value(dBefore, ReportColumns.TTD_MEDIAN), " min", detectVerdict, before);
    headlineRow("misleading-share", "Share of incidents with a misleading path",
        percent(value(m, ReportColumns.MISLEADING_SHARE)), percent(value(mBefore, ReportColumns.MISLEADING_SHARE)),
        " %", NOT_TESTED + " (a share)", before);
    headlineRow("hours-lost", "Hours lost to wrong turns", value(m, ReportColumns.HOURS_LOST),
        value(mBefore, ReportColumns.HOURS_LOST), " h", NOT_TESTED + " (a sum)", before);
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private void headlineRow(String id, String label, OptionalDouble now, OptionalDouble before, String unit,
      String verdict, Optional<String> previous) {
    html.append("<tr id=\"headline-").append(id).append("\"><th>").append(escape(label))
        .append("</th><td class=\"now\">").append(show(now, unit)).append("</td><td class=\"before\">")
        .append(previous.isPresent() ? show(before, unit) : "—").append("</td><td class=\"change\">");
    if (now.isPresent() && before.isPresent()) {
      double change = now.getAsDouble() - before.getAsDouble();
      html.append(change > 0 ? "+" : change < 0 ? "−" : "±").append(number(Math.abs(change))).append(unit);
    } else {
      html.append("—");
    }
    html.append("</td><td class=\"verdict\">").append(escape(previous.isPresent() ? verdict : "no earlier quarter"))
        .append("</td></tr>\n");
  }

  private String verdict(String changesTable, String now, Optional<String> before) throws IOException {
    Optional<CsvRow> change = row(table(changesTable), now);
    if (change.isEmpty() || before.isEmpty()) {
      return MedianChanges.INSUFFICIENT_DATA;
    }
    String verdict = change.get().required(ReportColumns.VERDICT);
    if (verdict.equals(MedianChanges.INCREASE) || verdict.equals(MedianChanges.DECREASE)) {
      return "yes: " + verdict + " (intervals do not overlap)";
    }
    if (verdict.equals(MedianChanges.NO_DETECTABLE_CHANGE)) {
      return "no (intervals overlap)";
    }
    return verdict;
  }

  // ---- charts

  private void trends(List<CsvRow> durations, IncidentScan scan) throws IOException {
    html.append("<section id=\"trends\">\n<h2>How the quarters went</h2>\n");
    List<CsvRow> classes = table(FailureClassCounts.NAME);
    Map<List<String>, Double> byCategory = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    TreeSet<String> quarters = new TreeSet<>(QUARTER_ORDER);
    for (CsvRow row : classes) {
      String quarter = row.required(IncidentColumns.QUARTER);
      quarters.add(quarter);
      byCategory.merge(List.of(row.text(IncidentColumns.CATEGORY).orElse(IncidentColumns.UNKNOWN), quarter),
          (double) row.count(ReportColumns.INCIDENTS), Double::sum);
    }
    List<ChartValue> counts = new ArrayList<>();
    byCategory.forEach((key, value) -> counts.add(new ChartValue(key.get(0), key.get(1), value)));
    chart("incidents-by-category", counts.isEmpty() ? null
        : IncidentsByCategoryChart.of(counts, List.copyOf(quarters)),
        "Undated incidents (no start with a date and zone) are shown last.");

    List<ResolveTimeChart.Quarter> resolve = new ArrayList<>();
    for (CsvRow row : durations) {
      String quarter = row.required(IncidentColumns.QUARTER);
      if (!quarter.equals(IncidentColumns.UNDATED)) {
        resolve.add(new ResolveTimeChart.Quarter(quarter, boxed(row.number(ReportColumns.TTR_MEDIAN)),
            boxed(row.number(ReportColumns.TTR_P90)), boxed(row.number(ReportColumns.TTR_MEAN))));
      }
    }
    chart("resolve-time", resolve.isEmpty() ? null : ResolveTimeChart.of(resolve),
        "Durations are skewed: the median is the typical incident, p90 the bad ones; the mean is pulled up by a few"
            + " long outages and is drawn dashed.");

    List<DurationDistributionChart.Box> boxes = new ArrayList<>();
    scan.durations().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, DurationHistogram> e) -> -e.getValue().count())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> boxes.add(e.getValue().box(e.getKey())));
    chart("duration-distribution", boxes.isEmpty() ? null : DurationDistributionChart.of(boxes),
        "From every incident's time to resolve in incidents.jsonl; times under one minute are drawn at one minute.");
    html.append("</section>\n");
  }

  private void redHerrings() throws IOException {
    html.append("<section id=\"red-herrings\">\n<h2>Red herrings</h2>\n");
    List<ChartValue> paths = new ArrayList<>();
    for (CsvRow row : table(RedHerringMatrix.NAME)) {
      paths.add(new ChartValue(row.required(IncidentColumns.HYPOTHESIS),
          row.required(IncidentColumns.COMPONENT), row.count(ReportColumns.PATHS)));
    }
    chart("red-herrings", paths.isEmpty() ? null : RedHerringHeatmap.of(paths),
        "Rows: what responders suspected first; columns: the component the cause was in. The full matrix, with"
            + " minutes lost, is in tables/red_herring_matrix.csv.");
    html.append("</section>\n");
  }

  private void detectionAndActions() throws IOException {
    html.append("<section id=\"detection-actions\">\n<h2>Detection and corrective actions</h2>\n");
    List<ChartValue> methods = new ArrayList<>();
    TreeSet<String> quarters = new TreeSet<>(QUARTER_ORDER);
    for (CsvRow row : table(DetectionMethodMix.NAME)) {
      quarters.add(row.required(IncidentColumns.QUARTER));
      methods.add(new ChartValue(row.required(IncidentColumns.DETECTION_METHOD), row.required(IncidentColumns.QUARTER),
          row.count(ReportColumns.INCIDENTS)));
    }
    chart("detection-methods", methods.isEmpty() ? null
        : DetectionMethodsChart.of(methods, METHOD_ORDER, List.copyOf(quarters)),
        "Customer reports mean the users noticed before the monitoring did.");
    Map<String, Double> byType = new TreeMap<>();
    for (CsvRow row : table(ActionTypeMix.NAME)) {
      byType.merge(row.required(ReportColumns.ACTION_TYPE), (double) row.count(ReportColumns.ACTION_COUNT),
          Double::sum);
    }
    LinkedHashMap<String, Double> ranked = new LinkedHashMap<>();
    byType.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .forEach(e -> ranked.put(e.getKey(), e.getValue()));
    chart("action-types", ranked.isEmpty() ? null
        : ActionTypesChart.of(ranked, "All quarters in the report; an incident may list several actions"),
        "What the postmortems promised to change.");
    html.append("</section>\n");
  }

  private void chart(String name, SizedChart chart, String caption) throws IOException {
    if (chart == null) {
      html.append("<p class=\"empty\" id=\"chart-").append(name).append("\">No data for this chart in this report.</p>\n");
      return;
    }
    String png = CHARTS + "/" + name + ".png";
    String svg = CHARTS + "/" + name + ".svg";
    try (OutputStream out = folder.create(png)) {
      ChartImages.writePng(chart, out);
    }
    try (OutputStream out = folder.create(svg)) {
      out.write(ChartImages.svg(chart).getBytes(StandardCharsets.UTF_8));
    }
    html.append("<figure id=\"chart-").append(name).append("\"><img src=\"").append(png).append("\" width=\"")
        .append(chart.width()).append("\" height=\"").append(chart.height()).append("\" alt=\"")
        .append(escape(chart.title())).append("\"><figcaption>").append(escape(caption)).append(" <a href=\"")
        .append(svg).append("\">SVG</a></figcaption></figure>\n");
  }

  // ---- recurring classes and fixes

  private void recurring(List<CsvRow> all, List<CsvRow> shown, Map<String, Deque<CsvRow>> fixes, IncidentScan scan,
      String out) throws IOException {
    html.append("<section id=\"recurring\">\n<h2>What keeps coming back</h2>\n");
    if (all.isEmpty()) {
      html.append("<p>No failure class has more than one incident in this report.</p>\n</section>\n");
      return;
    }
    LinkedHashMap<String, Double> bars = new LinkedHashMap<>();
    for (CsvRow row : all.subList(0, Math.min(CHARTED_CLASSES, all.size()))) {
      bars.put(row.required(IncidentColumns.FAILURE_CLASS), (double) row.count(ReportColumns.INCIDENTS));
    }
    chart("recurring-classes", RecurringClassesChart.of(bars, all.size() > CHARTED_CLASSES
            ? "The " + CHARTED_CLASSES + " classes with most incidents of " + all.size() + " recurring"
            : "Every class with two or more incidents"),
        "A failure class is root-cause category and component.");
    html.append("<p>").append(shown.size() < all.size()
            ? "The " + shown.size() + " classes with most incidents, of " + all.size() + " that recur (all are in"
                + " tables/recurring_failure_classes.csv)."
            : "Every failure class with two or more incidents.")
        .append(" &ldquo;Did the fixes work&rdquo; lists, for the latest recurrences, the actions the earlier"
            + " incidents of the class had promised.</p>\n");
    html.append("<table class=\"recurring\">\n<thead><tr><th>Failure class</th><th>Incidents</th><th>Seen</th>"
        + "<th>Trend</th><th>Incidents of the class</th><th>Did the fixes work?</th></tr></thead>\n<tbody>\n");
    for (CsvRow row : shown) {
      String failureClass = row.required(IncidentColumns.FAILURE_CLASS);
      html.append("<tr><td>").append(escape(failureClass)).append("</td><td class=\"num\">")
          .append(row.count(ReportColumns.INCIDENTS)).append("</td><td>")
          .append(row.text(ReportColumns.FIRST_SEEN).isEmpty() ? "undated only"
              : escape(row.required(ReportColumns.FIRST_SEEN)) + " to " + escape(row.required(ReportColumns.LAST_SEEN)))
          .append("</td><td>")
          .append(escape(row.text(ReportColumns.TREND).orElse(""))).append("</td><td><ul>");
      List<String> ids = ids(row, ReportColumns.INCIDENT_IDS);
      for (String id : ids.subList(0, Math.min(INCIDENTS_PER_CLASS, ids.size()))) {
        html.append("<li>").append(incidentLink(scan.named().get(id), id, out)).append("</li>");
      }
      if (ids.size() > INCIDENTS_PER_CLASS) {
        html.append("<li>and ").append(ids.size() - INCIDENTS_PER_CLASS).append(" more</li>");
      }
      html.append("</ul></td><td>");
      Deque<CsvRow> recurrences = fixes.getOrDefault(failureClass, new ArrayDeque<>());
      if (recurrences.isEmpty()) {
        html.append("No dated recurrence to judge by.");
      }
      for (CsvRow fix : recurrences) {
        String id = fix.required(ReportColumns.INCIDENT_ID);
        html.append("<p class=\"fix\">").append(incidentLink(scan.named().get(id), id, out)).append(" (")
            .append(escape(fix.text(IncidentColumns.QUARTER).orElse("undated"))).append(") came back after ")
            .append(fix.count(ReportColumns.EARLIER_INCIDENT_COUNT)).append(" earlier incident(s), which had listed ")
            .append(fix.count(ReportColumns.EARLIER_ACTION_COUNT)).append(" action(s)");
        JsonNode actions = parse(fix.text(ReportColumns.EARLIER_ACTIONS).orElse("[]"));
        if (actions.size() == 0) {
          html.append(".</p>");
          continue;
        }
        html.append(":</p><ul class=\"actions\">");
        int listed = 0;
        for (JsonNode action : actions) {
          if (listed++ == ACTIONS_PER_RECURRENCE) {
            html.append("<li>and ").append(actions.size() - ACTIONS_PER_RECURRENCE)
                .append(" more in tables/fix_effectiveness.csv</li>");
            break;
          }
          html.append("<li><span class=\"tag\">").append(escape(action.path("type").asText("other")))
              .append("</span> ").append(escape(action.path("text").asText(""))).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  // fix_effectiveness grows with the recurrences, so it is streamed, keeping the latest few per class shown.
  private Map<String, Deque<CsvRow>> latestFixes(List<CsvRow> shownClasses) throws IOException {
    Set<String> wantedClasses = new HashSet<>();
    shownClasses.forEach(row -> wantedClasses.add(row.required(IncidentColumns.FAILURE_CLASS)));
    Map<String, Deque<CsvRow>> latest = new TreeMap<>();
    try (CsvReader rows = new CsvReader(FixEffectiveness.NAME, folder.open(csv(FixEffectiveness.NAME)))) {
      while (rows.hasNext()) {
        CsvRow row = rows.next();
        String failureClass = row.required(IncidentColumns.FAILURE_CLASS);
        if (!wantedClasses.contains(failureClass)) {
          continue;
        }
        Deque<CsvRow> kept = latest.computeIfAbsent(failureClass, key -> new ArrayDeque<>());
        // Rows come sorted by class and start, so the last ones seen are the latest.
        kept.addLast(row);
        if (kept.size() > RECURRENCES_PER_CLASS) {
          kept.removeFirst();
        }
      }
    }
    return latest;
  }

  // ---- incidents

  private void incidents(QuarterChoice choice, IncidentScan scan, String out) {
    html.append("<section id=\"incidents\">\n<h2>Incidents").append(choice.selected().map(q -> " of " + escape(q))
        .orElse("")).append("</h2>\n");
    if (choice.selected().isEmpty()) {
      html.append("<p>No quarter is selected, so no incidents are listed; every incident is in incidents.jsonl.</p>\n"
          + "</section>\n");
      return;
    }
    html.append("<p id=\"incident-count\">").append(scan.inQuarter()).append(" incident(s) started in ")
        .append(escape(choice.selected().get()));
    if (scan.inQuarter() > scan.listed().size()) {
      html.append("; the first ").append(scan.listed().size()).append(" by start are listed, the rest are in"
          + " incidents.jsonl");
    }
    html.append(". Only this quarter is listed; undated incidents and other quarters are in incidents.jsonl."
        + " Titles link to the source files.</p>\n");
    html.append("<table class=\"incidents\">\n<thead><tr><th>Start (as written)</th><th>Title</th><th>Failure class"
        + "</th><th>Resolve (min)</th><th>Detect (min)</th><th>Misleading paths</th><th>Quality</th></tr></thead>\n"
        + "<tbody>\n");
    for (IncidentLine line : scan.listed()) {
      html.append("<tr><td>").append(escape(line.start().orElse(""))).append("</td><td>")
          .append(incidentLink(line, line.id(), out)).append("</td><td>").append(escape(line.failureClass()))
          .append("</td><td class=\"num\">").append(line.resolveMinutes().map(String::valueOf).orElse("—"))
          .append("</td><td class=\"num\">").append(line.detectMinutes().map(String::valueOf).orElse("—"))
          .append("</td><td>");
      if (line.misleading().isEmpty()) {
        html.append("none");
      } else {
        html.append(escape(String.join(", ", line.misleading()))).append(" (").append(line.minutesLost())
            .append(" min lost)");
      }
      html.append("</td><td>").append(line.qualityScore().map(ReportPage::number).orElse("—"));
      if (!line.qualityFlags().isEmpty()) {
        html.append(" <span class=\"flags\">").append(escape(String.join(", ", line.qualityFlags()))).append("</span>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private String incidentLink(IncidentLine line, String id, String out) {
    if (line == null) {
      return "<span class=\"id\">" + escape(id) + "</span>";
    }
    String title = line.title().isBlank() ? line.source() : line.title();
    Optional<String> href = HtmlText.sourceHref(line.source(), out);
    return href.map(h -> "<a href=\"" + escape(h) + "\">" + escape(title) + "</a>").orElse(escape(title))
        + " <span class=\"id\">" + escape(line.id()) + "</span>";
  }

  // ---- data quality and tables

  private void dataQuality(ManifestProblems problems, String out) throws IOException {
    html.append("<section id=\"data-quality\">\n<h2>Data quality</h2>\n<table class=\"counts\" id=\"status-counts\">"
        + "<thead><tr><th>Status</th><th>Files</th></tr></thead><tbody>");
    for (CsvRow row : table(StatusCounts.NAME)) {
      html.append("<tr><td>").append(escape(row.required(IncidentColumns.STATUS))).append("</td><td class=\"num\">")
          .append(row.count(ReportColumns.INCIDENTS)).append("</td></tr>");
    }
    html.append("</tbody></table>\n");
    countTable("warning-kinds", "Warning", WarningKindCounts.NAME, ReportColumns.WARNING_KIND, ReportColumns.INCIDENTS);
    countTable("quality-flags", "Quality flag", QualityFlagCounts.NAME, ReportColumns.QUALITY_FLAG,
        ReportColumns.INCIDENTS);
    fileList("partial-files", "Read with warnings (partial)", problems.partial(), problems.partialCount(), out);
    fileList("rejected-files", "Rejected", problems.rejected(), problems.rejectedCount(), out);
    html.append("</section>\n");
  }

  private void countTable(String id, String label, String table, String key, String count) throws IOException {
    html.append("<table class=\"counts\" id=\"").append(id).append("\"><thead><tr><th>").append(escape(label))
        .append("</th><th>Incidents</th></tr></thead><tbody>");
    for (CsvRow row : table(table)) {
      html.append("<tr><td>").append(escape(row.required(key))).append("</td><td class=\"num\">")
          .append(row.count(count)).append("</td></tr>");
    }
    html.append("</tbody></table>\n");
  }

  private void fileList(String id, String label, List<ManifestProblems.Entry> entries, long count, String out) {
    html.append("<h3 id=\"").append(id).append("\">").append(escape(label)).append(": ").append(count)
        .append(count == 1 ? " file" : " files");
    if (count > entries.size()) {
      html.append(" (the first ").append(entries.size()).append(" by path; all are in manifest.json)");
    }
    html.append("</h3>\n");
    if (entries.isEmpty()) {
      return;
    }
    html.append("<ul class=\"files\">");
    for (ManifestProblems.Entry entry : entries) {
      Optional<String> href = HtmlText.sourceHref(entry.source(), out);
      html.append("<li>").append(href.map(h -> "<a href=\"" + escape(h) + "\">" + escape(entry.source()) + "</a>")
          .orElse(escape(entry.source()))).append(": ").append(escape(entry.reason())).append("</li>");
    }
    html.append("</ul>\n");
  }

  private void tables() throws IOException {
    html.append("<section id=\"tables\">\n<h2>Tables</h2>\n<p>Every figure on this page comes from these files"
        + " (CSV here, Parquet beside them):</p>\n<ul class=\"tables\">");
    List<String> names = new ArrayList<>(ReportTables.NAMES);
    names.add(DETECT_INTERVALS);
    names.add(DETECT_CHANGES);
    for (String name : names) {
      if (folder.exists(csv(name))) {
        html.append("<li><a href=\"").append(escape(csv(name))).append("\">").append(escape(name)).append("</a></li>");
      }
    }
    html.append("</ul>\n</section>\n");
  }

  // ---- reading

  private List<CsvRow> table(String name) throws IOException {
    if (!folder.exists(csv(name))) {
      throw new IOException("The report has no table " + csv(name) + "; run hindsight report again to write it.");
    }
    try (InputStream in = folder.open(csv(name))) {
      return CsvReader.readAll(name, in);
    }
  }

  private JsonNode json(String name) throws IOException {
    if (!folder.exists(name)) {
      throw new IOException("The report has no " + name + "; run hindsight report again to write it.");
    }
    try (InputStream in = folder.open(name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static String csv(String table) {
    return ReportTableWriter.TABLES + "/" + table + ".csv";
  }

  private static Optional<CsvRow> row(List<CsvRow> rows, String quarter) {
    return rows.stream().filter(row -> quarter.equals(row.text(IncidentColumns.QUARTER).orElse(""))).findFirst();
  }

  private static OptionalDouble value(Optional<CsvRow> row, String column) {
    return row.isPresent() ? row.get().number(column) : OptionalDouble.empty();
  }

  private static OptionalDouble percent(OptionalDouble share) {
    return share.isPresent() ? OptionalDouble.of(share.getAsDouble() * 100) : share;
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static List<String> ids(CsvRow row, String column) {
    List<String> ids = new ArrayList<>();
    parse(row.text(column).orElse("[]")).forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private static List<String> firstIds(CsvRow row, String column, int limit) {
    List<String> ids = ids(row, column);
    return ids.subList(0, Math.min(limit, ids.size()));
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("a report table holds JSON that cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static String show(OptionalDouble value, String unit) {
    return value.isPresent() ? number(value.getAsDouble()) + unit : "—";
  }

  /** Numbers as the tables write them: plain, at most two decimals, no grouping, the same in every locale. */
  static String number(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }

  // Dated quarters in time order, the undated bucket last.
  private static final Comparator<String> QUARTER_ORDER = Comparator
      .comparing((String q) -> q.equals(IncidentColumns.UNDATED)).thenComparing(q -> q);

  private static final String STYLE = """
      body{margin:0;background:#fff;color:#222;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
      main{max-width:1160px;margin:0 auto;padding:24px 32px 48px}
      h1{font-size:30px;margin:0 0 4px}h2{font-size:24px;margin:36px 0 12px;border-bottom:2px solid #0072B2;padding-bottom:4px}
      h3{font-size:18px;margin:20px 0 8px}
      .meta{color:#555;margin:0 0 12px}
      nav a{margin-right:14px;color:#0072B2}
      a{color:#0072B2}
      table{border-collapse:collapse;margin:8px 0 16px;width:100%}
      th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
      thead th{background:#f3f6f9}
      td.num,td.now,td.before,td.change{text-align:right;white-space:nowrap}
      table.incidents td:first-child{white-space:nowrap;font-size:14px}
      table.headline{table-layout:fixed}table.headline th:first-child{width:30%}table.headline th:last-child{width:34%}
      table.counts{width:auto;min-width:320px;display:inline-table;margin-right:24px}
      figure{margin:16px 0 24px}
      figure img{display:block;max-width:100%;height:auto;border:1px solid #eee}
      figcaption{color:#555;font-size:14px;margin-top:4px}
      .id{color:#777;font-size:12px;font-family:monospace}
      .tag{display:inline-block;background:#eef4fa;border-radius:3px;padding:0 4px;font-size:13px}
      .flags{color:#a04000;font-size:13px}
      p.fix{margin:0 0 4px}ul.actions{margin:0 0 10px;padding-left:18px}
      td ul{margin:0;padding-left:18px}
      .empty{color:#777;font-style:italic}
      """;
}
