package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTableWriterTest extends LocalSparkTestBase {

  private static final List<String> SENSITIVE = List.of(MedianMeasure.RESOLVE.intervalsTable(), MedianMeasure.RESOLVE.changesTable(),
      RecurringFailureClasses.NAME, FixEffectiveness.NAME, QualityByQuarter.NAME);

  private static Dataset<Row> sample() {
    return incidents(
        IncidentRow.builder("a").start("2024-01-02T00:00:00Z").ttr(10L).ttd(0L).cause("misconfiguration", "load-balancer")
            .action("Alert on 5xx, \"now\"", "monitoring").misleading("database", 30L).services("auth")
            .qualityScore(0.7).build(),
        IncidentRow.builder("b").start("2024-02-02T00:00:00Z").ttr(25L).cause("misconfiguration", "load-balancer")
            .qualityScore(0.55).build(),
        IncidentRow.builder("e").start("2024-08-01T00:00:00+02:00").cause("misconfiguration", "load-balancer")
            .qualityScore(0.9).hasOffset(false).build(),
        // Twenty million minutes: Double.toString would write 2.0E7.
        IncidentRow.builder("d").start("2024-04-02T00:00:00Z").ttr(20_000_000L).cause("bad-change", "database").build(),
        IncidentRow.builder("c").status("partial").warningKinds("no-offset").build(),
        IncidentRow.rejected("r", "r.bin", "rejected"));
  }

  @Test
  void writesEachTableAsParquetAndOneCsvSameBytesEveryRun(@TempDir Path out) throws IOException {
    Path first = out.resolve("first");
    Path second = out.resolve("second");
    ReportTableWriter.write(ReportTables.of(sample(), Bootstrap.DEFAULT), first.toString());
    // Again, with another partitioning and another session zone, for the tables whose values come from collected
    // lists, resampling, windows, means or timestamps (plain counts cannot move); not one byte may change.
    List<ReportTable> sensitive = ReportTables.of(sample().repartition(3), Bootstrap.DEFAULT).stream()
        .filter(t -> SENSITIVE.contains(t.name()))
        .toList();
    String zone = spark().conf().get("spark.sql.session.timeZone");
    try {
      spark().conf().set("spark.sql.session.timeZone", "America/New_York");
      ReportTableWriter.write(sensitive, second.toString());
    } finally {
      spark().conf().set("spark.sql.session.timeZone", zone);
    }

    TreeSet<String> expectedEntries = new TreeSet<>();
    for (String name : ReportTables.NAMES) {
      expectedEntries.add(name);
      expectedEntries.add(name + ".csv");
      assertTrue(entries(first.resolve("tables").resolve(name)).stream().anyMatch(f -> f.endsWith(".parquet")), name);
    }
    assertEquals(expectedEntries, entries(first.resolve("tables")));
    for (String name : SENSITIVE) {
      assertArrayEquals(Files.readAllBytes(first.resolve("tables").resolve(name + ".csv")),
          Files.readAllBytes(second.resolve("tables").resolve(name + ".csv")), name);
    }
    Dataset<Row> parquet = spark().read().parquet(first.resolve("tables").resolve(FixEffectiveness.NAME).toString());
    // Names and types survive; Parquet reads every column back as nullable.
    assertEquals(FixEffectiveness.of(sample()).schema().catalogString(), parquet.schema().catalogString());
    assertEquals(2L, parquet.count());

    assertEquals("""
        quarter,incidents,ttr_count,ttr_median,ttr_p90,ttr_mean,ttr_max,ttd_count,ttd_median,ttd_p90,ttd_mean,ttd_max,\
        tti_count,tti_median,tti_p90,tti_mean,tti_max
        2024Q1,2,2,17.5,23.5,17.5,25,1,0,0,0,0,0,,,,
        2024Q2,1,1,20000000,20000000,20000000,20000000,0,,,,,0,,,,
        2024Q3,1,0,,,,,0,,,,,0,,,,
        undated,1,0,,,,,0,,,,,0,,,,
        """, csv(first, QuarterlyDurations.NAME));
    // JSON escapes the quote as \", then CSV doubles every quote.
    assertEquals(
        "failure_class,incident_id,quarter,start_utc,earlier_incident_count,earlier_incident_ids,earlier_action_count,"
            + "earlier_actions\n"
            + "misconfiguration/load-balancer,b,2024Q1,2024-02-02T00:00:00Z,1,\"[\"\"a\"\"]\",1,"
            + "\"[{\"\"incident_id\"\":\"\"a\"\",\"\"text\"\":\"\"Alert on 5xx, \\\"\"now\\\"\"\"\","
            + "\"\"type\"\":\"\"monitoring\"\"}]\"\n"
            + "misconfiguration/load-balancer,e,2024Q3,2024-07-31T22:00:00Z,2,\"[\"\"a\"\",\"\"b\"\"]\",1,"
            + "\"[{\"\"incident_id\"\":\"\"a\"\",\"\"text\"\":\"\"Alert on 5xx, \\\"\"now\\\"\"\"\","
            + "\"\"type\"\":\"\"monitoring\"\"}]\"\n",
        csv(first, FixEffectiveness.NAME));
    assertEquals("""
        status,incidents
        ok,4
        partial,1
        rejected,1
        """, csv(first, StatusCounts.NAME));
    assertEquals("""
        quarter,ttr_count,ttr_median,ttr_median_low,ttr_median_high
        2024Q1,2,17.5,10,25
        2024Q2,1,20000000,20000000,20000000
        2024Q3,0,,,
        undated,0,,,
        """, csv(first, MedianMeasure.RESOLVE.intervalsTable()));
    assertEquals("""
        quarter,incidents,scored,score_median,score_mean,without_offset
        2024Q1,2,2,0.625,0.625,0
        2024Q2,1,0,,,0
        2024Q3,1,1,0.9,0.9,1
        undated,1,0,,,0
        """, csv(first, QualityByQuarter.NAME));
  }

  @Test
  void aTableWithARowPerIncidentIsSortedOnEveryCoreIntoTheSameCsv(@TempDir Path out) throws IOException {
    List<IncidentRow> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(IncidentRow.builder(String.format("i%02d", i)).start(String.format("2024-01-%02dT%02d:00:00Z", 1 + i % 28, i % 24))
          .cause(i % 3 == 0 ? "bad-change" : "misconfiguration", i % 2 == 0 ? "database" : "load-balancer")
          .action("Fix " + i, "process").build());
    }
    Dataset<Row> fix = FixEffectiveness.of(incidents(rows.toArray(IncidentRow[]::new)).repartition(4));
    ReportTableWriter.write(new ReportTable(FixEffectiveness.NAME, fix, FixEffectiveness.KEYS), out.resolve("one").toString());
    String coalescing = spark().conf().get("spark.sql.adaptive.coalescePartitions.enabled");
    try {
      // Small data would otherwise be gathered back into one partition, and one part file.
      spark().conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
      ReportTableWriter.write(new ReportTable(FixEffectiveness.NAME, fix, FixEffectiveness.KEYS, true),
          out.resolve("ranges").toString());
    } finally {
      spark().conf().set("spark.sql.adaptive.coalescePartitions.enabled", coalescing);
    }

    String csv = csv(out.resolve("one"), FixEffectiveness.NAME);
    assertEquals(1 + 60 - 4, csv.lines().count(), "the header and a row for each of 60 incidents but the first of each of 4 classes");
    try (Stream<Path> parts = Files.list(out.resolve("ranges").resolve("tables").resolve(FixEffectiveness.NAME))) {
      assertTrue(parts.filter(p -> p.toString().endsWith(".parquet")).count() > 1, "sorted in more than one partition");
    }
    assertEquals(csv, csv(out.resolve("ranges"), FixEffectiveness.NAME));
  }

  @Test
  void anEmptyTableStillGetsItsHeader(@TempDir Path out) throws IOException {
    Dataset<Row> none = FixEffectiveness.of(incidents(IncidentRow.builder("a").build()));
    ReportTableWriter.write(new ReportTable(FixEffectiveness.NAME, none, FixEffectiveness.KEYS), out.toString());
    assertEquals("failure_class,incident_id,quarter,start_utc,earlier_incident_count,earlier_incident_ids,earlier_action_count,"
        + "earlier_actions\n", csv(out, FixEffectiveness.NAME));
  }

  private static String csv(Path out, String name) throws IOException {
    return Files.readString(out.resolve("tables").resolve(name + ".csv"), StandardCharsets.UTF_8);
  }

  private static TreeSet<String> entries(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      listing.forEach(p -> names.add(p.getFileName().toString()));
    }
    return new TreeSet<>(names);
  }
}
