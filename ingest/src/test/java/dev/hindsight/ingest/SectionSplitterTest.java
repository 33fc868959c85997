package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

  private static Outline markdown(String text) {
    return new PostmortemParser(List.of()).outline(SourceDocument.ofText("t.md", DocumentFormat.MARKDOWN, text));
  }

  private static List<String> kinds(Outline o) {
    return o.sections().stream().map(s -> s.kind().key()).toList();
  }

  @Test
  void mapsAtxHeadingsToCanonicalSections() {
    Outline o = markdown("# Postmortem\n\n## Issue Summary\nText.\n\n## Timeline\n- 10:00 AM: x\n\n## Root Cause\nY.\n");
    assertEquals("Postmortem", o.title());
    assertEquals(List.of("summary", "timeline", "root-cause"), kinds(o));
  }

  @Test
  void incidentLogAndEventLogAreTimelines() {
    Outline o = markdown("# Outage\n\n## Incident log\n- 10:00 AM: alert\n\n## Event log\n- 11:00 AM: fixed\n\n"
        + "## Log retention\nThirty days.\n");
    assertEquals(List.of("timeline", "timeline", "other"), kinds(o));
  }

  @Test
  void treatsBoldLinesAsHeadings() {
    Outline o = markdown("**Issue Summary:**\nIt broke.\n\n**Timeline:**\n- 10:00 AM: alert\n");
    assertEquals(List.of("summary", "timeline"), kinds(o));
    assertEquals("It broke.", o.sectionsOf(SectionKind.SUMMARY).findFirst().get().text());
  }

  @Test
  void splitsBoldLabelFromTheTextAfterIt() {
    Outline o = markdown("**Root Cause**: a typo in the settings file.\n");
    assertEquals(List.of("root-cause"), kinds(o));
    assertEquals("a typo in the settings file.", o.sectionsOf(SectionKind.ROOT_CAUSE).findFirst().get().text());
  }

  @Test
  void treatsPlainColonLinesAsHeadingsEvenWhenIndented() {
    Outline o = markdown("Issue Summary:\n\n    Duration:\n        Start Time: May 1, 2024, 10:00 AM\n\nTimeline:\n\n    10:00 AM: Issue Detected\n");
    assertEquals(List.of("summary", "duration", "timeline"), kinds(o));
    assertEquals("Start Time: May 1, 2024, 10:00 AM", o.sectionsOf(SectionKind.DURATION).findFirst().get().text());
  }

  @Test
  void readsSetextHeadings() {
    Outline o = markdown("Summary\n=======\nThe cache fell over.\n\nResolution\n----------\nRestarted it.\n");
    assertEquals(List.of("summary", "resolution"), kinds(o));
  }

  @Test
  void unknownSubHeadingTakesTheKindOfItsSection() {
    Outline o = markdown("## Timeline\n- **Actions Taken:**\n  - Checked the CDN.\n## Lessons learned\nMore tests.\n");
    assertEquals(List.of("timeline", "timeline", "lessons"), kinds(o));
  }

  @Test
  void keepsUnknownTopLevelSectionsAsOther() {
    Outline o = markdown("## Summary\nx\n\n## White board session\ny\n");
    assertEquals(List.of("summary", "other"), kinds(o));
    assertEquals("White board session", o.sections().get(1).heading());
  }

  @Test
  void readsHtmlHeadingsListsAndTables() {
    String html = "<html><head><title>DB outage</title></head><body><h2>Impact</h2><p>Half of users.</p>"
        + "<h2>Timeline</h2><table><tr><th>Time</th><th>Event</th></tr><tr><td>10:00</td><td>Alert</td></tr></table>"
        + "<h2>Action items</h2><ul><li>Add an alert</li><li>Write a runbook<ul><li>for the DB</li></ul></li></ul>"
        + "<script>alert(1)</script></body></html>";
    Outline o = new PostmortemParser(List.of()).outline(SourceDocument.ofText("t.html", DocumentFormat.HTML, html));
    assertEquals("DB outage", o.title());
    assertEquals(List.of("impact", "timeline", "corrective-actions"), kinds(o));
    Section actions = o.sectionsOf(SectionKind.CORRECTIVE_ACTIONS).findFirst().get();
    assertEquals(List.of("Add an alert", "Write a runbook", "for the DB"), actions.blocks().stream().map(Block::text).toList());
    assertEquals(1, actions.blocks().get(2).depth());
    assertTrue(o.blocks().noneMatch(b -> b.text().contains("alert(1)")), "script text is dropped");
  }

  @Test
  void readsMarkdownTablesAsRows() {
    Outline o = markdown("## Timeline\n\n| Time | Event |\n|---|---|\n| 2021-06-22 08:21 | Pager fired |\n");
    List<Block> rows = o.sectionsOf(SectionKind.TIMELINE).findFirst().get().blocks();
    assertEquals(List.of("2021-06-22 08:21", "Pager fired"), rows.get(1).cells());
    assertEquals(Block.Kind.ROW, rows.get(1).kind());
  }
}
