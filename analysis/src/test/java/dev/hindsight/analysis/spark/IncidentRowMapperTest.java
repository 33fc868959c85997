package dev.hindsight.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.ingest.ContentHash;
import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class IncidentRowMapperTest {

  static final String CHECKOUT = """
      # Checkout outage

      ## Summary
      On 2024-07-22 from 10:00 to 11:00 UTC the checkout service failed for 30% of users.

      ## Timeline
      - 10:00 UTC: error rate alert fired on checkout.
      - 10:10 UTC: we suspected the database and investigated it.
      - 10:40 UTC: the database was ruled out.
      - 10:45 UTC: root cause identified as a bad load balancer config.
      - 11:00 UTC: config rolled back, service restored.

      ## Root cause
      A misconfiguration of the load balancer weights sent all traffic to one node.

      ## Action items
      - Add a monitoring alert on load balancer weight changes.
      - Require review for load balancer config changes.
      """;

  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final IncidentEnricher ENRICHER = IncidentEnricher.standard();

  private static IncidentRow map(String source, String text) {
    SourceDocument doc = SourceDocument.ofText(source, DocumentFormat.forFileName(source).orElseThrow(), text);
    return IncidentRowMapper.toIncidentRow(ENRICHER.enrich(PARSER.parse(doc)));
  }

  @Test
  void mapsEveryFieldOfAFullRecord() {
    IncidentRow row = map("checkout.md", CHECKOUT);
    assertEquals("Checkout outage", row.title());
    assertEquals("ok", row.status());
    assertEquals(Instant.parse("2024-07-22T10:00:00Z"), row.startUtc());
    assertEquals(Instant.parse("2024-07-22T11:00:00Z"), row.endUtc());
    assertEquals(true, row.hasOffset());
    assertEquals("2024Q3", row.quarter());
    assertEquals(60L, row.durationMinutes());
    assertEquals(60L, row.ttrMinutes());
    assertEquals(0L, row.ttdMinutes());
    assertEquals(45L, row.ttiMinutes());
    assertEquals("misconfiguration", row.category());
    assertEquals("load-balancer", row.component());
    assertEquals("misconfiguration/load-balancer", row.failureClass());
    assertEquals("monitoring", row.detectionMethod());
    assertEquals(List.of("checkout service"), row.services());
    assertEquals(30.0, row.usersAffectedPercent());
    assertEquals(List.of(new IncidentRow.Misleading("database", 30L)), row.misleading());
    assertEquals(List.of(
        new IncidentRow.Action("Add a monitoring alert on load balancer weight changes.", "monitoring"),
        new IncidentRow.Action("Require review for load balancer config changes.", "other")), row.actions());
    assertEquals(1.0, row.qualityScore());
    assertEquals(List.of(), row.qualityFlags());
    assertEquals(List.of(), row.warningKinds());
  }

  @Test
  void anOffsetMovesTheStartIntoItsUtcQuarter() {
    // 23:30 at UTC-5 on the last day of Q1 is already Q2 in UTC.
    IncidentRow row = map("search.md", "On 2024-03-31 from 23:30 to 23:50 UTC-5 the search API was down.\n");
    assertEquals(Instant.parse("2024-04-01T04:30:00Z"), row.startUtc());
    assertEquals("2024Q2", row.quarter());
    assertEquals(20L, row.ttrMinutes());
    assertEquals(true, row.hasOffset());
    // A cause with an unknown half is not a failure class that could recur.
    assertEquals("unknown", row.category());
    assertNull(row.failureClass());
  }

  @Test
  void aStartWithoutAZoneIsUndatedAndFlaggedNotGuessed() {
    IncidentRow row = map("login.txt", "On 2024-07-22 from 10:00 to 11:00 the login page failed.\n");
    assertNull(row.startUtc());
    assertNull(row.endUtc());
    assertEquals(false, row.hasOffset());
    assertEquals(IncidentColumns.UNDATED, row.quarter());
    // The duration does not need a zone, so it still counts.
    assertEquals(60L, row.ttrMinutes());
    assertEquals("partial", row.status());
    assertEquals(List.of("no-time-zone"), row.warningKinds());
  }

  @Test
  void aRejectedFileKeepsOnlyWhatIdentifiesIt() {
    Incident rejected = Incident.rejected(new RejectedSource("empty.md", "the file is empty", ContentHash.of("")));
    Row row = IncidentRowMapper.toRow(rejected);
    assertEquals(IncidentColumns.SCHEMA.size(), row.length());
    assertEquals("empty.md", row.getString(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.SOURCE)));
    assertEquals("rejected", row.getString(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.STATUS)));
    assertNull(row.get(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.QUARTER)));
    assertEquals(List.of("rejected"), row.getList(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.WARNING_KINDS)));
    assertNull(row.get(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.ACTIONS)));
  }

  @Test
  void sparkRowCarriesTimestampsInSchemaOrder() {
    Row row = IncidentRowMapper.toRow(ENRICHER.enrich(PARSER.parse(
        SourceDocument.ofText("checkout.md", DocumentFormat.MARKDOWN, CHECKOUT))));
    assertEquals(Timestamp.from(Instant.parse("2024-07-22T10:00:00Z")),
        row.get(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.START_UTC)));
    assertEquals("2024Q3", row.getString(IncidentColumns.SCHEMA.fieldIndex(IncidentColumns.QUARTER)));
  }
}
