package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.synthetic.GeneratorVocabulary.ZoneEntry;
import dev.hindsight.ingest.synthetic.SyntheticIncident.CauseLine;
import dev.hindsight.ingest.synthetic.SyntheticIncident.Detour;
import dev.hindsight.ingest.synthetic.SyntheticIncident.WrittenZone;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Draws the facts of the postmortem at a given index from the corpus seed. Each index gets its own generator, seeded
 * from the corpus seed and the index alone, so documents can be drawn in any order and on any thread and still come
 * out the same.
 */
public final class IncidentDraw {

  /** Folders hold at most this many documents. */
  public static final int FOLDER_SIZE = 1000;

  // Five years of dates, every quarter, so recurring classes show up across quarters and years.
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
  private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));

  // Incidents start mostly in working hours, but nights happen (and make timelines cross midnight).
  private static final WeightedChoice<Integer> START_HOUR = WeightedChoice.of(
      range(24), List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.5, 2.0, 3.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0,
          4.0, 4.0, 4.0, 3.5, 3.0, 3.0));

  // About 13.5% of documents are flawed: enough to matter, rare enough that flawed documents stay the exception.
  private static final WeightedChoice<Flaw> FLAWS = WeightedChoice.of(
      List.of(Flaw.NONE, Flaw.NO_TIMELINE, Flaw.NO_ZONE, Flaw.NO_CAUSE, Flaw.NO_DATE, Flaw.SUMMARY_START_CONFLICT,
          Flaw.SUMMARY_END_CONFLICT),
      List.of(86.5, 3.0, 3.0, 2.0, 1.5, 2.0, 2.0));

  // Markdown dominates real postmortem folders; plain text and wiki exports follow.
  private static final WeightedChoice<Layout> LAYOUTS = WeightedChoice.of(
      List.of(Layout.values()), List.of(28.0, 10.0, 14.0, 10.0, 18.0, 15.0, 5.0));

  // Most files are plain UTF-8; the other encodings the readers support are a few percent.
  private static final WeightedChoice<FileEncoding> ENCODINGS = WeightedChoice.of(
      List.of(FileEncoding.values()), List.of(88.0, 2.5, 4.0, 1.5, 1.5, 0.5, 2.0));

  // Alerts find most incidents; customers a good share; the rest an engineer, or the text does not say.
  private static final WeightedChoice<String> DETECTION = WeightedChoice.of(
      List.of("monitoring", "customer-report", "manual", "unknown"), List.of(55.0, 28.0, 12.0, 5.0));

  private static final WeightedChoice<Integer> DETOUR_COUNT = WeightedChoice.of(List.of(0, 1, 2), List.of(50.0, 35.0, 15.0));

  private final GeneratorVocabulary vocabulary;
  private final long seed;

  /** Draws for the corpus seeded with {@code seed}. */
  public IncidentDraw(GeneratorVocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  /** The relative path of the document at an index: folders of {@value #FOLDER_SIZE}. */
  static String file(long index, Layout layout) {
    return String.format("%04d/pm-%07d.%s", index / FOLDER_SIZE, index, layout.extension());
  }

  /** The facts of the document at {@code index}. */
  public SyntheticIncident draw(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    // SplittableRandom mixes its seed, so neighbouring indices give unrelated streams.
    RandomGenerator r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Flaw flaw = FLAWS.pick(r);
    Layout layout = LAYOUTS.pick(r);
    FileEncoding encoding = ENCODINGS.pick(r);
    if (layout.html() && encoding == FileEncoding.LATIN1) {
      // An HTML export declares UTF-8 in its head; a Latin-1 body would contradict it.
      encoding = FileEncoding.UTF8_LF;
    }
    String failureClass = vocabulary.classes().pick(r);
    List<CauseLine> causes = vocabulary.causes(failureClass);
    CauseLine cause = causes.get(r.nextInt(causes.size()));
    List<String> fixes = flaw == Flaw.NO_CAUSE ? vocabulary.genericFixes() : vocabulary.fixes(cause.category(), cause.component());
    String fix = fixes.get(r.nextInt(fixes.size()));
    String service = vocabulary.services().pick(r);

    LocalDate day = FIRST_DAY.plusDays(r.nextInt(DAYS));
    // People round to five minutes most of the time; logs give odd minutes.
    int minute = r.nextInt(10) < 7 ? 5 * r.nextInt(12) : r.nextInt(60);
    LocalDateTime start = day.atTime(START_HOUR.pick(r), minute);
    WrittenZone zone = flaw == Flaw.NO_ZONE ? null : zone(vocabulary.zones().pick(r), start);

    String detection = DETECTION.pick(r);
    int ttd = switch (detection) {
      case "monitoring" -> r.nextInt(10) < 3 ? 0 : logNormal(r, 4, 0.8, 1, 60);
      case "customer-report" -> logNormal(r, 25, 0.6, 6, 240);
      case "manual" -> logNormal(r, 12, 0.8, 1, 180);
      default -> logNormal(r, 10, 0.8, 1, 120);
    };
    boolean detectionTimeWritten = flaw != Flaw.NO_TIMELINE || r.nextBoolean();

    int cursor = ttd + 2 + r.nextInt(10);
    List<Detour> detours = new ArrayList<>();
    Set<String> excluded = excludedHypotheses(cause);
    int wanted = DETOUR_COUNT.pick(r);
    List<String> keys = new ArrayList<>(vocabulary.hypotheses().keySet());
    for (int i = 0; i < wanted; i++) {
      String key = keys.get(r.nextInt(keys.size()));
      if (!excluded.add(key)) {
        continue;
      }
      List<String> phrasesOf = vocabulary.hypotheses().get(key);
      int length = logNormal(r, 18, 0.6, 5, 120);
      detours.add(new Detour(key, phrasesOf.get(r.nextInt(phrasesOf.size())), cursor, cursor + length));
      cursor += length + 1 + r.nextInt(8);
    }
    // Durations are skewed: most incidents take about an hour, a few take most of a day.
    int drawn = logNormal(r, 70, 0.9, 10, 1800);
    if (r.nextInt(10) < 7) {
      drawn = Math.max(10, 5 * Math.round(drawn / 5f));
    }
    int findToFix = logNormal(r, 10, 0.7, 2, 120);
    int fixToRestore = logNormal(r, 8, 0.7, 1, 60);
    int duration = Math.max(drawn, cursor + findToFix + fixToRestore);
    // A long incident is long because the search or the recovery dragged on; split the slack between them.
    int slack = duration - (cursor + findToFix + fixToRestore);
    int identify = cursor + (int) (slack * r.nextDouble());
    int toFix = identify + findToFix;
    int close = duration + 10 + r.nextInt(50);

    int roll = r.nextInt(100);
    Integer users = roll < 70 ? Integer.valueOf(sharePercent(r)) : roll < 80 ? Integer.valueOf(100) : null;
    Integer trap = r.nextInt(4) == 0 ? Integer.valueOf(60 + r.nextInt(40)) : null;

    List<String[]> allActions = vocabulary.actions();
    int actionCount = 2 + r.nextInt(5);
    Set<String> actions = new LinkedHashSet<>();
    while (actions.size() < actionCount) {
      actions.add(allActions.get(r.nextInt(allActions.size()))[1]);
    }
    int shift = (r.nextBoolean() ? 1 : -1) * (r.nextBoolean() ? 60 : 30);
    return new SyntheticIncident(index, file(index, layout), layout, encoding, flaw, cause, fix, service, start, zone,
        detection, ttd, detectionTimeWritten, detours, identify, toFix, duration, close, users, trap,
        List.copyOf(actions), shift, r.nextLong());
  }

  /** Hypotheses that would not be wrong turns for this cause. */
  private static Set<String> excludedHypotheses(CauseLine cause) {
    Set<String> out = new LinkedHashSet<>();
    out.add(cause.component());
    out.addAll(cause.alsoComponent());
    Map<String, String> byCategory = Map.of("bad-change", "recent-change", "security-incident", "attack",
        "resource-exhaustion", "server-resources", "dependency-failure", "third-party");
    if (byCategory.containsKey(cause.category())) {
      out.add(byCategory.get(cause.category()));
    }
    if (cause.category().equals("dependency-failure")) {
      out.add("cloud-provider");
      out.add("cdn");
    }
    return out;
  }

  /** The zone name in force on the start date, with the fixed offset that name means. */
  private static WrittenZone zone(ZoneEntry entry, LocalDateTime start) {
    String spec = entry.offsetOrRegion();
    if (spec.startsWith("+") || spec.startsWith("-")) {
      return new WrittenZone(entry.standardName(), ZoneOffset.of(spec));
    }
    var rules = ZoneId.of(spec).getRules();
    ZoneOffset offset = rules.getOffset(start);
    boolean daylight = rules.isDaylightSavings(start.toInstant(offset));
    return new WrittenZone(daylight ? entry.daylightName() : entry.standardName(), offset);
  }

  /** A share of users: skewed towards small shares, rounded the way people state them. */
  private static int sharePercent(RandomGenerator r) {
    int p = logNormal(r, 25, 0.7, 2, 99);
    return p > 10 && r.nextInt(10) < 6 ? Math.min(95, 5 * Math.round(p / 5f)) : p;
  }

  /** A log-normal draw with the given median, clamped to [min, max] and rounded to a whole number. */
  static int logNormal(RandomGenerator r, double median, double sigma, int min, int max) {
    double v = median * Math.exp(sigma * r.nextGaussian());
    return (int) Math.max(min, Math.min(max, Math.round(v)));
  }

  private static List<Integer> range(int n) {
    Integer[] out = new Integer[n];
    Arrays.setAll(out, i -> i);
    return List.of(out);
  }
}
