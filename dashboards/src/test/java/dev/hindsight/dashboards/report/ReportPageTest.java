package dev.hindsight.dashboards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.dashboards.cli.Hindsight;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The page over the bundled sample corpus: every section and chart, and the headline equal to the tables. */
class ReportPageTest {

  @TempDir static Path dir;
  static Path report;
  static String html;

  @BeforeAll
  static void runTheJobAndRender() throws Exception {
    report = dir.resolve("report");
    CommandLine cli = Hindsight.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("report", Path.of("..", "data", "postmortems").toString(), "--out", report.toString(),
        "--master", "local[2]");
    assertEquals(0, exit, err.toString());
    ReportPage.render(new LocalReportFolder(report), Optional.empty());
    html = Files.readString(report.resolve("index.html"));
  }

  @Test
  void hasEverySectionAndChart() {
    for (String section : List.of("headline", "trends", "recurring", "red-herrings", "detection-actions",
        "incidents", "data-quality", "tables")) {
      assertTrue(html.contains("<section id=\"" + section + "\">"), section);
    }
    for (String chart : List.of("incidents-by-category", "resolve-time", "duration-distribution",
        "recurring-classes", "red-herrings", "detection-methods", "action-types")) {
      assertTrue(html.contains("<img src=\"charts/" + chart + ".png\""), chart);
      assertTrue(Files.isRegularFile(report.resolve("charts/" + chart + ".png")), chart);
      assertTrue(Files.isRegularFile(report.resolve("charts/" + chart + ".svg")), chart);
    }
  }

  @Test
  void headlineIsTheLatestQuarterAgainstTheOneBeforeWithTheTablesNumbers() throws Exception {
    List<Map<String, String>> durations = csv("quarterly_durations");
    List<String> dated = durations.stream().map(r -> r.get("quarter")).filter(q -> !q.equals("undated"))
        .sorted().toList();
    String now = dated.get(dated.size() - 1);
    String before = dated.get(dated.size() - 2);
    assertTrue(html.contains("<h1>Hindsight report: " + now + "</h1>"), now);
    Map<String, String> d = find(durations, now);
    Map<String, String> dBefore = find(durations, before);
    assertCells("incidents", d.get("incidents"), dBefore.get("incidents"), "");
    assertCells("ttr-median", d.get("ttr_median"), dBefore.get("ttr_median"), " min");
    assertCells("ttr-p90", d.get("ttr_p90"), dBefore.get("ttr_p90"), " min");
    assertCells("ttd-median", d.get("ttd_median"), dBefore.get("ttd_median"), " min");
    Map<String, String> m = find(csv("red_herrings_by_quarter"), now);
    Map<String, String> mBefore = find(csv("red_herrings_by_quarter"), before);
    assertCells("misleading-share", percent(m.get("misleading_share")), percent(mBefore.get("misleading_share")),
        " %");
    assertCells("hours-lost", m.get("hours_lost"), mBefore.get("hours_lost"), " h");
    String verdict = find(csv("resolve_median_changes"), now).get("verdict");
    String verdictCell = cell("ttr-median", "verdict");
    assertTrue(verdict.equals("no detectable change") ? verdictCell.startsWith("no (")
        : verdictCell.contains(verdict), verdictCell + " for " + verdict);
    if (!Files.exists(report.resolve("tables/detect_median_changes.csv"))) {
      assertTrue(cell("ttd-median", "verdict").startsWith("not tested"));
    }
    assertTrue(html.contains("<p id=\"incident-count\">" + d.get("incidents") + " incident(s) started in " + now));
    assertEquals(Integer.parseInt(d.get("incidents")), count(html.substring(html.indexOf("<table class=\"incidents\">"),
        html.indexOf("</table>", html.indexOf("<table class=\"incidents\">"))), "<tr><td>"));
  }

  @Test
  void recurringAndDataQualityMatchTheirTables() throws Exception {
    for (Map<String, String> row : csv("recurring_failure_classes")) {
      assertTrue(html.contains("<tr><td>" + row.get("failure_class") + "</td><td class=\"num\">" + row.get("incidents")
          + "</td>"), row.get("failure_class"));
    }
    for (Map<String, String> row : csv("status_counts")) {
      assertTrue(html.contains("<tr><td>" + row.get("status") + "</td><td class=\"num\">" + row.get("incidents")
          + "</td></tr>"), row.get("status"));
    }
    String partial = find(csv("status_counts"), "partial", "status").get("incidents");
    assertTrue(html.contains("<h3 id=\"partial-files\">Read with warnings (partial): " + partial + " files"), partial);
    int listed = count(html.substring(html.indexOf("<h3 id=\"partial-files\">"), html.indexOf("<h3 id=\"rejected-files\">")),
        "<li>");
    assertEquals(Math.min(Integer.parseInt(partial), ReportPage.LISTED_FILES), listed);
  }

  private static void assertCells(String row, String now, String before, String unit) {
    assertEquals(plain(now) + unit, cell(row, "now"), row);
    assertEquals(plain(before) + unit, cell(row, "before"), row);
  }

  private static String cell(String row, String column) {
    Matcher m = Pattern.compile("<tr id=\"headline-" + row + "\">.*?<td class=\"" + column + "\">(.*?)</td>")
        .matcher(html);
    assertTrue(m.find(), "no headline row " + row);
    return m.group(1);
  }

  // The tables write at most two decimals for minutes; the page drops trailing zeros as the CSV does.
  private static String plain(String number) {
    return new BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  private static String percent(String share) {
    return new BigDecimal(share).multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  private static Map<String, String> find(List<Map<String, String>> rows, String quarter) {
    return find(rows, quarter, "quarter");
  }

  private static Map<String, String> find(List<Map<String, String>> rows, String key, String column) {
    return rows.stream().filter(r -> key.equals(r.get(column))).findFirst().orElseThrow();
  }

  // An independent reader for the tables used here: none of their compared columns holds quotes or commas.
  private static List<Map<String, String>> csv(String table) throws Exception {
    List<String> lines = Files.readAllLines(report.resolve("tables/" + table + ".csv"));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < fields.length; i++) {
        row.put(header.get(i), fields[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
