package dev.hindsight.ingest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZoneTableTest {

  private final ZoneTable table = ZoneTable.standard();

  private ZoneId zoneOf(String written) {
    return table.lookup(written).orElseThrow(() -> new AssertionError("no zone for '" + written + "'")).zone();
  }

  @Test
  void knowsEveryAbbreviationAndNameThePostmortemsUse() {
    List<String> names = List.of("UTC", "GMT", "Z", "WAT", "EAT", "CAT", "SAST", "WAST", "CET", "CEST", "EET", "EEST",
        "WET", "WEST", "BST", "IST", "PST", "PDT", "PT", "Pacific Time", "Pacific Standard Time", "MST", "MDT", "MT",
        "CST", "CDT", "CT", "EST", "EDT", "ET", "Eastern Time", "AEST", "AEDT", "JST", "KST", "SGT", "HKT", "NZST",
        "MSK", "Central African Time", "West Africa Time", "East Africa Time", "Greenwich Mean Time",
        "Coordinated Universal Time");
    for (String name : names) {
      assertTrue(table.lookup(name).isPresent(), name);
    }
  }

  @Test
  void readsAbbreviationsAsFixedOffsets() {
    assertEquals(ZoneOffset.UTC, zoneOf("UTC"));
    assertEquals(ZoneOffset.ofHours(1), zoneOf("WAT"));
    assertEquals(ZoneOffset.ofHours(3), zoneOf("EAT"));
    assertEquals(ZoneOffset.ofHours(2), zoneOf("CAT"));
    assertEquals(ZoneOffset.ofHours(-8), zoneOf("PST"));
    assertEquals(ZoneOffset.ofHours(-7), zoneOf("PDT"));
    assertEquals(ZoneOffset.ofHours(-5), zoneOf("EST"));
    assertEquals(ZoneOffset.ofHours(-4), zoneOf("EDT"));
  }

  @Test
  void matchesNamesIgnoringCase() {
    assertEquals(ZoneOffset.ofHours(-8), zoneOf("pst"));
    assertEquals(ZoneOffset.ofHours(2), zoneOf("CENTRAL african TIME"));
  }

  @Test
  void matchesLongNamesWrittenWithExtraSpaces() {
    assertEquals(ZoneOffset.ofHours(1), zoneOf("  West   Africa Time "));
  }

  @Test
  void readsNamesWithoutASeasonAsRegions() {
    assertEquals(ZoneId.of("America/Los_Angeles"), zoneOf("PT"));
    assertEquals(ZoneId.of("America/Los_Angeles"), zoneOf("Pacific Time"));
    assertEquals(ZoneId.of("America/New_York"), zoneOf("Eastern Time"));
  }

  @Test
  void marksAbbreviationsWithSeveralReadingsAsAmbiguous() {
    ZoneMention ist = table.lookup("IST").orElseThrow();
    ZoneMention cst = table.lookup("CST").orElseThrow();
    ZoneMention bst = table.lookup("BST").orElseThrow();
    assertTrue(ist.ambiguous());
    assertEquals(ZoneOffset.ofHoursMinutes(5, 30), ist.zone());
    assertTrue(cst.ambiguous());
    assertEquals(ZoneOffset.ofHours(-6), cst.zone());
    assertTrue(bst.ambiguous());
    assertEquals(ZoneOffset.ofHours(1), bst.zone());
    assertFalse(table.lookup("PST").orElseThrow().ambiguous());
  }

  @Test
  void keepsTheTextAsWritten() {
    assertEquals("central african time", table.lookup("central african time").orElseThrow().asWritten());
  }

  @Test
  void readsWrittenOffsetsWithoutTheTable() {
    assertEquals(ZoneOffset.ofHours(-5), zoneOf("UTC-5"));
    assertEquals(ZoneOffset.ofHours(3), zoneOf("UTC+3"));
    assertEquals(ZoneOffset.ofHoursMinutes(5, 30), zoneOf("UTC +05:30"));
    assertEquals(ZoneOffset.ofHours(1), zoneOf("GMT+1"));
    assertEquals(ZoneOffset.ofHours(1), zoneOf("GMT + 1"));
    assertEquals(ZoneOffset.ofHours(-5), zoneOf("UTC\u22125"));
    assertEquals(ZoneOffset.ofHours(3), zoneOf("+0300"));
  }

  @Test
  void rejectsOffsetsBeyondFourteenHours() {
    assertEquals(Optional.empty(), table.lookup("UTC+15"));
  }

  @Test
  void findsNothingForUnknownNames() {
    assertEquals(Optional.empty(), table.lookup("Martian Time"));
  }

  @Test
  void loadsTheStandardTableOnce() {
    assertSame(ZoneTable.standard(), ZoneTable.standard());
  }

  @Test
  void skipsCommentsAndBlankLines() {
    ZoneTable small = ZoneTable.parse("small.tsv", List.of("# a comment", "", "XYZ\t+04:00\tno\tinvented"));
    assertEquals(1, small.size());
    assertEquals(ZoneOffset.ofHours(4), small.lookup("xyz").orElseThrow().zone());
  }

  @Test
  void failsNamingFileAndLineWhenAColumnIsMissing() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ZoneTable.parse("zones.tsv", List.of("# header", "UTC\t+00:00\tno\t", "PST\t-08:00\tno")));
    assertTrue(e.getMessage().startsWith("zones.tsv line 3: expected 4 tab-separated columns"), e.getMessage());
  }

  @Test
  void failsNamingFileAndLineWhenTheZoneIsNotAZone() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ZoneTable.parse("zones.tsv", List.of("PST\tPacific/Nowhere\tno\t")));
    assertEquals("zones.tsv line 1: not a zone id or offset: 'Pacific/Nowhere'", e.getMessage());
  }

  @Test
  void failsNamingFileAndLineWhenAmbiguousIsNotYesOrNo() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ZoneTable.parse("zones.tsv", List.of("IST\t+05:30\tmaybe\t")));
    assertEquals("zones.tsv line 1: ambiguous must be 'yes' or 'no', got 'maybe'", e.getMessage());
  }

  @Test
  void failsOnANameListedTwice() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ZoneTable.parse("zones.tsv", List.of("CAT\t+02:00\tno\t", "cat\t+02:00\tno\t")));
    assertEquals("zones.tsv line 2: duplicate name 'cat' (first on line 1)", e.getMessage());
  }
}
