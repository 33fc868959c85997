package dev.hindsight.ingest.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proportions over 2,000 drawn documents: the corpus is varied and skewed the way the generator promises. */
class IncidentDrawTest {

  private static final int N = 2000;
  private static final List<SyntheticIncident> DRAWN = new ArrayList<>();

  @BeforeAll
  static void draw() {
    IncidentDraw draw = new IncidentDraw(GeneratorVocabulary.standard(), 2024);
    for (int i = 0; i < N; i++) {
      DRAWN.add(draw.draw(i));
    }
  }

  @Test
  void theSameIndexAlwaysDrawsTheSameIncident() {
    IncidentDraw again = new IncidentDraw(GeneratorVocabulary.standard(), 2024);
    assertEquals(DRAWN.get(1234), again.draw(1234));
    assertEquals(DRAWN.get(0), again.draw(0));
  }

  @Test
  void between5And20PercentAreMissingAPartOrContradictThemselves() {
    long flawed = DRAWN.stream().filter(i -> i.flaw() != Flaw.NONE).count();
    double share = (double) flawed / N;
    assertTrue(share >= 0.05 && share <= 0.20, "flawed share " + share);
    Set<Flaw> seen = EnumSet.noneOf(Flaw.class);
    DRAWN.forEach(i -> seen.add(i.flaw()));
    assertEquals(EnumSet.allOf(Flaw.class), seen, "every kind of flaw appears");
    assertTrue(DRAWN.stream().anyMatch(i -> i.flaw().contradicting()));
    assertTrue(DRAWN.stream().anyMatch(i -> i.flaw().missingPart()));
  }

  @Test
  void categoriesAreSkewedWithALongTail() {
    Map<String, Integer> counts = new TreeMap<>();
    DRAWN.forEach(i -> counts.merge(i.cause().category(), 1, Integer::sum));
    List<Integer> sorted = counts.values().stream().sorted().toList();
    int top = sorted.get(sorted.size() - 1);
    int median = sorted.get(sorted.size() / 2);
    int bottom = sorted.get(0);
    assertEquals(10, counts.size(), "every category but unknown is drawn: " + counts);
    assertTrue(top > 2 * median, "top category should dominate: " + counts);
    assertTrue(bottom * 10 < top, "a long tail of rare categories: " + counts);
    Set<String> classes = new HashSet<>();
    DRAWN.forEach(i -> classes.add(i.cause().category() + "/" + i.cause().component()));
    assertTrue(classes.size() >= 35, "most failure classes appear: " + classes.size());
  }

  @Test
  void everyLayoutAndEncodingAppears() {
    Set<Layout> layouts = EnumSet.noneOf(Layout.class);
    Set<FileEncoding> encodings = EnumSet.noneOf(FileEncoding.class);
    DRAWN.forEach(i -> {
      layouts.add(i.layout());
      encodings.add(i.encoding());
    });
    assertEquals(EnumSet.allOf(Layout.class), layouts);
    assertEquals(EnumSet.allOf(FileEncoding.class), encodings);
  }

  @Test
  void timesSpanYearsQuartersZonesAndMidnight() {
    Set<String> quarters = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Set<ZoneOffset> offsets = new HashSet<>();
    Set<String> zoneNames = new HashSet<>();
    long crossing = 0;
    for (SyntheticIncident i : DRAWN) {
      LocalDateTime s = i.start();
      years.add(s.getYear());
      quarters.add(s.getYear() + "Q" + ((s.getMonthValue() - 1) / 3 + 1));
      if (i.zone() != null) {
        offsets.add(i.zone().offset());
        zoneNames.add(i.zone().name());
      }
      crossing += i.crossesMidnight() ? 1 : 0;
    }
    assertEquals(5, years.size());
    assertEquals(20, quarters.size(), "every quarter of five years");
    assertTrue(offsets.size() >= 10, "offsets " + offsets);
    assertTrue(zoneNames.containsAll(List.of("UTC", "PST", "PDT", "CEST", "+02:00", "UTC+3")), "zones " + zoneNames);
    assertTrue(crossing >= 20 && crossing < N / 5, "timelines crossing midnight: " + crossing);
  }

  @Test
  void durationsAreSkewedAndTimelinesAreOrdered() {
    List<Integer> durations = DRAWN.stream().map(SyntheticIncident::durationMinutes).sorted().toList();
    double mean = durations.stream().mapToInt(Integer::intValue).average().orElseThrow();
    int median = durations.get(N / 2);
    int p95 = durations.get(N * 95 / 100);
    assertTrue(mean > median * 1.1, "a right-skewed distribution has mean above median: " + mean + " vs " + median);
    assertTrue(p95 > 3 * median, "a long right tail: p95 " + p95 + ", median " + median);
    for (SyntheticIncident i : DRAWN) {
      int last = i.minutesToDetect();
      for (SyntheticIncident.Detour d : i.detours()) {
        assertTrue(d.fromMinute() > last && d.toMinute() > d.fromMinute(), "detours in order in " + i.file());
        last = d.toMinute();
      }
      assertTrue(i.minutesToIdentify() >= last && i.minutesToFix() > i.minutesToIdentify()
          && i.durationMinutes() > i.minutesToFix() && i.minutesToClose() > i.durationMinutes(), i.toString());
    }
  }

  @Test
  void wrongTurnsAreNeverTheRealCause() {
    long withDetours = 0;
    for (SyntheticIncident i : DRAWN) {
      withDetours += i.detours().isEmpty() ? 0 : 1;
      for (SyntheticIncident.Detour d : i.detours()) {
        assertTrue(!d.hypothesis().equals(i.cause().component()), i.file());
        assertTrue(!(d.hypothesis().equals("recent-change") && i.cause().category().equals("bad-change")), i.file());
      }
    }
    assertTrue(withDetours > N / 3 && withDetours < N * 2 / 3, "about half have a wrong turn: " + withDetours);
  }
}
