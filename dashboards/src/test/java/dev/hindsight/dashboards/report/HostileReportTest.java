package dev.hindsight.dashboards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report whose postmortems try to inject markup and scripts: the page must show them as inert text. */
class HostileReportTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String LINK = "javascript:alert(1)";
  private static final String QUOTES = "\"Tom's\" & 'Jerry' \"><b>";

  @Test
  void everyPayloadIsEscapedAndTheCspForbidsScripts(@TempDir Path dir) throws Exception {
    writeFixture(dir);

    ReportPage.render(new LocalReportFolder(dir), Optional.empty());

    String html = Files.readString(dir.resolve("index.html"));
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "a script element got through");
    assertFalse(lower.contains("<img src=x"), "an injected image got through");
    assertFalse(Pattern.compile("<[^>]*\\sonerror\\s*=").matcher(lower).find(), "an onerror attribute got through");
    assertFalse(Pattern.compile("href\\s*=\\s*\"\\s*javascript:").matcher(lower).find(), "a javascript: link");
    assertFalse(lower.contains("<b>"), "injected markup got through");
    // The payloads are still there, as text a reader can see.
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown escaped");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the action text is shown escaped");
    assertTrue(html.contains("&quot;Tom&#39;s&quot; &amp; &#39;Jerry&#39; &quot;&gt;&lt;b&gt;"), html);
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self';"
        + " style-src 'unsafe-inline'"), "the CSP meta is missing");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      String href = hrefs.group(1);
      assertTrue(href.startsWith("#") || href.startsWith("charts/") || href.startsWith("tables/")
          || href.startsWith("../") || href.startsWith("file:///"), "unexpected link " + href);
    }
    // Every image is one of ours, next to the page.
    Matcher sources = Pattern.compile("<img src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (sources.find()) {
      assertTrue(sources.group(1).matches("charts/[a-z-]+\\.png"), sources.group(1));
      assertTrue(Files.isRegularFile(dir.resolve(sources.group(1))));
      images++;
    }
    assertEquals(7, images);
  }

  @Test
  void sameTablesGiveTheSameBytes(@TempDir Path dir) throws Exception {
    writeFixture(dir);
    ReportPage.render(new LocalReportFolder(dir), Optional.empty());
    byte[] first = Files.readAllBytes(dir.resolve("index.html"));
    byte[] firstSvg = Files.readAllBytes(dir.resolve("charts/red-herrings.svg"));
    ReportPage.render(new LocalReportFolder(dir), Optional.empty());
    assertEquals(new String(first), Files.readString(dir.resolve("index.html")));
    assertEquals(new String(firstSvg), Files.readString(dir.resolve("charts/red-herrings.svg")));
  }

  static void writeFixture(Path dir) throws Exception {
    String title = SCRIPT + " " + QUOTES;
    String a = "{\"id\":\"aaaa\",\"source\":\"" + LINK + "\",\"title\":\"" + json(title) + "\",\"status\":\"ok\","
        + "\"warnings\":[],\"incident\":{\"start\":\"2024-08-14T10:05+00:00\",\"timeToDetectMinutes\":5,"
        + "\"timeToResolveMinutes\":90},\"impact\":{\"services\":[\"" + json(IMG) + "\"]},"
        + "\"rootCause\":{\"category\":\"misconfiguration\",\"component\":\"load-balancer\",\"text\":\"" + json(SCRIPT)
        + "\"},\"misleadingPaths\":[{\"hypothesis\":\"" + json(IMG) + "\",\"minutesLost\":20}],"
        + "\"actions\":[{\"text\":\"" + json(IMG) + "\",\"type\":\"monitoring\"}],"
        + "\"quality\":{\"score\":0.5,\"flags\":[\"" + json(QUOTES) + "\"]}}";
    String b = "{\"id\":\"bbbb\",\"source\":\"/srv/pm/b " + json(QUOTES) + ".md\",\"title\":\"" + json(IMG)
        + "\",\"status\":\"ok\",\"incident\":{\"start\":\"2024-05-01T10:00+00:00\",\"timeToResolveMinutes\":30},"
        + "\"rootCause\":{\"category\":\"misconfiguration\",\"component\":\"load-balancer\"},\"misleadingPaths\":[],"
        + "\"quality\":{\"score\":1.0,\"flags\":[]}}";
    Files.writeString(dir.resolve("incidents.jsonl"), a + "\n" + b + "\n");
    Files.writeString(dir.resolve("run-info.json"), "{\"period\":\"all time\",\"startedAt\":\"" + json(SCRIPT)
        + "\",\"inputs\":[\"" + json(IMG) + "\"],\"out\":\"report\"}");
    Files.writeString(dir.resolve("manifest.json"), "{\"files\":3,\"entries\":["
        + "{\"source\":\"" + LINK + "\",\"status\":\"partial\",\"reason\":\"" + json(SCRIPT) + "\"},"
        + "{\"source\":\"" + json(IMG) + "\",\"status\":\"rejected\",\"reason\":\"" + json(QUOTES) + "\"},"
        + "{\"source\":\"ok.md\",\"status\":\"ok\",\"reason\":null}]}");
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables);
    String evil = csv(IMG);
    Map<String, String> csvs = Map.ofEntries(
        Map.entry("quarterly_durations", "quarter,incidents,ttr_count,ttr_median,ttr_p90,ttr_mean,ttr_max,ttd_count,"
            + "ttd_median,ttd_p90,ttd_mean,ttd_max,tti_count,tti_median,tti_p90,tti_mean,tti_max\n"
            + "2024Q2,1,1,30,30,30,30,0,,,,,0,,,,\n2024Q3,1,1,90,90,90,90,1,5,5,5,5,0,,,,\n"),
        Map.entry("resolve_median_intervals", "quarter,ttr_count,ttr_median,ttr_median_low,ttr_median_high\n"
            + "2024Q2,1,30,30,30\n2024Q3,1,90,90,90\n"),
        Map.entry("resolve_median_changes", "quarter,previous_quarter,previous_median,ttr_median,previous_low,"
            + "previous_high,ttr_median_low,ttr_median_high,verdict\n2024Q3,2024Q2,30,90,30,30,90,90,increase\n"),
        Map.entry("failure_class_counts", "quarter,failure_class,category,component,incidents\n"
            + "2024Q2," + evil + "," + evil + ",x,1\n2024Q3,misconfiguration/load-balancer,misconfiguration,"
            + "load-balancer,1\n"),
        Map.entry("recurring_failure_classes", "failure_class,category,component,incidents,first_seen,last_seen,"
            + "quarters_present,undated_incidents,trend,incident_ids\n" + evil + ",misconfiguration,load-balancer,2,"
            + "2024Q2,2024Q3,\"[\"\"2024Q2\"\",\"\"2024Q3\"\"]\",0," + evil + ",\"[\"\"aaaa\"\",\"\"bbbb\"\"]\"\n"),
        Map.entry("fix_effectiveness", "failure_class,incident_id,quarter,start_utc,earlier_incident_count,"
            + "earlier_incident_ids,earlier_action_count,earlier_actions\n" + evil + ",aaaa,2024Q3,"
            + "2024-08-14T10:05:00Z,1,\"[\"\"bbbb\"\"]\",1,\"[{\"\"incident_id\"\":\"\"bbbb\"\",\"\"text\"\":\"\""
            + SCRIPT + "\"\",\"\"type\"\":\"\"" + QUOTES.replace("\"", "\\\"\"") + "\"\"}]\"\n"),
        Map.entry("red_herring_matrix", "hypothesis,component,paths,incidents,minutes_lost,paths_with_minutes\n"
            + evil + ",load-balancer,1,1,20,1\n"),
        Map.entry("red_herrings_by_quarter", "quarter,incidents,incidents_misleading,misleading_share,paths,"
            + "paths_with_minutes,minutes_lost,hours_lost\n2024Q2,1,0,0,0,0,0,0\n2024Q3,1,1,1,1,1,20,0.33\n"),
        Map.entry("detection_methods", "quarter,detection_method,incidents\n2024Q3," + evil + ",1\n"),
        Map.entry("action_types", "quarter,action_type,actions,incidents\n2024Q3," + evil + ",1,1\n"),
        Map.entry("services_by_category", "category,service,incidents\nmisconfiguration," + evil + ",1\n"),
        Map.entry("status_counts", "status,incidents\nok,1\npartial,1\nrejected,1\n"),
        Map.entry("warning_kinds", "warning_kind,warnings,incidents\n" + evil + ",1,1\n"),
        Map.entry("quality_flags", "quality_flag,incidents\n" + csv(QUOTES) + ",1\n"),
        Map.entry("quality_by_quarter", "quarter,incidents,scored,score_median,score_mean,without_offset\n"
            + "2024Q3,1,1,0.5,0.5,0\n"));
    for (Map.Entry<String, String> table : csvs.entrySet()) {
      Files.writeString(tables.resolve(table.getKey() + ".csv"), table.getValue());
    }
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String csv(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
