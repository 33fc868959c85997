package dev.hindsight.ingest.synthetic;

import dev.hindsight.ingest.synthetic.DraftDocument.Entry;
import dev.hindsight.ingest.synthetic.DraftDocument.Row;
import dev.hindsight.ingest.synthetic.DraftDocument.Section;
import dev.hindsight.ingest.synthetic.DraftDocument.TimelineStyle;
import dev.hindsight.ingest.synthetic.SyntheticIncident.Detour;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Words a drawn incident as a postmortem draft: picks templates, date and clock styles and where the zone is written,
 * all from the incident's wording seed, and writes only what the facts and the document's flaw allow.
 */
public final class PostmortemComposer {

  /** Where a document writes its time zone. */
  private enum ZonePlacement { EVERY_TIME, SUMMARY_TIMES, NOTE }

  // Words that keep their capital at the start of a sentence that now follows "At 10:05, ".
  private static final Set<String> PROPER = Set.of("Postgres", "Apache", "Kafka", "Redis", "Nginx");

  // Formatters are immutable and costly to build; there are only a few patterns.
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private final GeneratorVocabulary vocabulary;

  public PostmortemComposer(GeneratorVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The draft of one incident's postmortem. */
  public DraftDocument compose(SyntheticIncident incident) {
    return new Composition(incident, new SplittableRandom(incident.wordingSeed())).draft();
  }

  /** The state of composing one document: its random stream, its styles and its placeholder values. */
  private final class Composition {
    private final SyntheticIncident in;
    private final RandomGenerator r;
    private final boolean dated;
    private final DateTimeFormatter dateFormat;
    private final String datePattern;
    private final DateTimeFormatter clockFormat;
    private final boolean twelveHour;
    private final boolean lowerMeridiem;
    private final ZonePlacement placement;
    private final Map<String, String> values = new HashMap<>();

    Composition(SyntheticIncident in, RandomGenerator r) {
      this.in = in;
      this.r = r;
      this.dated = in.flaw() != Flaw.NO_DATE;
      String pattern = vocabulary.datePatterns().pick(r);
      int day = in.start().getDayOfMonth();
      if (pattern.startsWith("numeric")) {
        // A numeric date is only written when it cannot be read both ways (the day is above 12).
        pattern = day > 12 ? (pattern.equals("numeric-dmy") ? "dd/MM/yyyy" : "MM/dd/yyyy") : "d MMMM yyyy";
      }
      this.datePattern = pattern;
      this.dateFormat = formatter(pattern);
      String clock = vocabulary.clockPatterns().pick(r);
      this.lowerMeridiem = clock.endsWith("lower");
      this.twelveHour = clock.contains("a") || lowerMeridiem;
      this.clockFormat = formatter(lowerMeridiem ? "h:mm a" : clock);
      int p = r.nextInt(100);
      this.placement = p < 40 ? ZonePlacement.EVERY_TIME : p < 65 ? ZonePlacement.SUMMARY_TIMES : ZonePlacement.NOTE;
      values.put("service", in.service());
      values.put("team", pick("team"));
      values.put("n", String.valueOf(2 + r.nextInt(5)));
      values.put("short", in.cause().shortText());
      values.put("cause", in.cause().text());
      values.put("fix", in.fix());
      values.put("duration", durationWords(in.durationMinutes()));
      if (in.usersAffectedPercent() != null) {
        values.put("pct", String.valueOf(in.usersAffectedPercent()));
      }
      if (in.trapPercent() != null) {
        values.put("trap", String.valueOf(in.trapPercent()));
      }
      if (in.zone() != null) {
        values.put("zone", in.zone().name());
      }
      if (dated) {
        values.put("date", date(in.start().toLocalDate()));
        values.put("enddate", date(in.end().toLocalDate()));
      }
    }

    DraftDocument draft() {
      String title = fill(dated && r.nextInt(10) < 3 ? pick("title-dated") : pick("title"));
      List<String> preamble = new ArrayList<>();
      boolean latin = in.encoding() == FileEncoding.LATIN1;
      if (latin || r.nextInt(5) == 0) {
        if (latin) {
          // A Latin-1 file is only worth generating with letters outside ASCII in it.
          values.put("team", "Zürich platform");
        }
        preamble.add(fill(pick("byline")));
      }
      if (in.zone() != null && placement == ZonePlacement.NOTE && r.nextBoolean()) {
        preamble.add(fill(pick("zone-note")));
      }
      List<Row> metadata = new ArrayList<>();
      if (in.layout() == Layout.MARKDOWN_TEMPLATE) {
        metadata.add(new Row("Severity", "SEV-" + (1 + r.nextInt(3))));
        metadata.add(new Row("Status", "Resolved"));
        if (dated) {
          metadata.add(new Row("Date", date(in.start().toLocalDate())));
        }
      }
      TimelineStyle style = in.layout() == Layout.MARKDOWN_TEMPLATE ? TimelineStyle.TABLE
          : TimelineStyle.values()[r.nextInt(TimelineStyle.values().length)];
      if (in.layout() == Layout.PLAIN_TEXT && style == TimelineStyle.TABLE) {
        style = TimelineStyle.LINES;
      }
      String tableZone = style == TimelineStyle.TABLE && in.zone() != null && placement != ZonePlacement.EVERY_TIME
          ? in.zone().name() : null;

      List<Section> sections = new ArrayList<>();
      boolean impactInSummary = r.nextInt(4) == 0;
      sections.add(summary(preamble, impactInSummary));
      if (!impactInSummary) {
        sections.add(new Section(pick("h-impact"), impact(), List.of(), false, List.of()));
      }
      Section cause = in.causeUnknown() ? null : new Section(pick("h-cause"), List.of(in.cause().text()), List.of(), false, List.of());
      boolean causeFirst = r.nextInt(10) < 3;
      if (cause != null && causeFirst) {
        sections.add(cause);
      }
      if (in.flaw() == Flaw.NO_TIMELINE) {
        sections.add(new Section(pick("h-detection"), List.of(String.join(" ", investigationProse())), List.of(), false, List.of()));
      } else {
        sections.add(timeline(style, tableZone != null));
      }
      if (cause != null && !causeFirst) {
        sections.add(cause);
      }
      sections.add(resolution());
      boolean numbered = r.nextInt(3) == 0;
      List<String> actions = in.actions().stream().map(this::fill).toList();
      sections.add(new Section(pick("h-actions"), List.of(), actions, numbered, List.of()));
      return new DraftDocument(title, preamble, metadata, sections, style, tableZone);
    }

    private Section summary(List<String> preamble, boolean withImpact) {
      List<String> sentences = new ArrayList<>();
      LocalDateTime shownStart = in.start();
      LocalDateTime shownEnd = in.end();
      if (in.flaw() == Flaw.SUMMARY_START_CONFLICT) {
        // An AM/PM slip where the clock has one, else a start off by the drawn shift.
        // A later start is only a slip while it is still before the end; otherwise the writer's slip goes earlier.
        int shift = in.conflictShiftMinutes() > 0 && in.conflictShiftMinutes() >= in.durationMinutes()
            ? -in.conflictShiftMinutes() : in.conflictShiftMinutes();
        shownStart = twelveHour && r.nextBoolean() ? in.start().plusHours(in.start().getHour() < 12 ? 12 : -12)
            : in.start().plusMinutes(shift);
      } else if (in.flaw() == Flaw.SUMMARY_END_CONFLICT) {
        shownEnd = in.start().plusMinutes(in.minutesToClose());
      }
      boolean zoned = in.zone() != null && placement != ZonePlacement.NOTE;
      values.put("start", time(shownStart.toLocalTime(), zoned && r.nextBoolean()));
      values.put("end", time(shownEnd.toLocalTime(), zoned));
      String window;
      if (!dated) {
        window = pick("window-undated");
      } else if (!shownEnd.toLocalDate().equals(in.start().toLocalDate())) {
        values.put("enddate", date(shownEnd.toLocalDate()));
        window = pick("window-cross");
      } else {
        window = pick("window-day");
      }
      values.put("window", fill(window));
      sentences.add(fill(pick("summary-open")));
      if (in.flaw() == Flaw.SUMMARY_START_CONFLICT || (in.flaw() != Flaw.SUMMARY_END_CONFLICT && r.nextBoolean())) {
        sentences.add(fill(pick("summary-duration")));
      }
      if (in.causeUnknown()) {
        sentences.add(fill(pick("summary-nocause")));
      } else if (r.nextBoolean()) {
        sentences.add(fill(pick("summary-cause")));
      }
      if (in.zone() != null && placement == ZonePlacement.NOTE && preamble.stream().noneMatch(p -> p.contains(in.zone().name()))) {
        sentences.add(fill(pick("zone-note")));
      }
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(String.join(" ", sentences));
      if (withImpact) {
        paragraphs.add(String.join(" ", impact()));
      }
      // The restore time in later sections is the true one, whatever the summary claimed.
      values.put("end", time(in.end().toLocalTime(), zoned));
      return new Section(pick("h-summary"), paragraphs, List.of(), false, List.of());
    }

    private List<String> impact() {
      List<String> out = new ArrayList<>();
      Integer pct = in.usersAffectedPercent();
      out.add(fill(pick(pct == null ? "impact-none" : pct == 100 ? "impact-all" : "impact-pct")));
      out.add(fill(pick("impact-service")));
      if (in.trapPercent() != null && r.nextBoolean()) {
        out.add(fill(pick("trap")));
      }
      return List.of(String.join(" ", out));
    }

    private List<String> investigationProse() {
      List<String> out = new ArrayList<>();
      values.put("detect", fill(pick("detect-prose-" + in.detection())));
      if (in.detectionTimeWritten()) {
        values.put("t", time(in.start().plusMinutes(in.minutesToDetect()).toLocalTime(), in.zone() != null && placement == ZonePlacement.EVERY_TIME));
        out.add(fill(pick("prose-detect-at")));
      } else {
        out.add(fill(pick("prose-detect")));
      }
      for (Detour d : in.detours()) {
        putHypothesis(d);
        out.add(fill(pick("prose-detour")));
      }
      if (!in.causeUnknown()) {
        out.add(fill(pick("prose-identify")));
      }
      return out;
    }

    private Section timeline(TimelineStyle style, boolean zoneInHeader) {
      record Timed(int minute, int order, String text) {}
      List<Timed> events = new ArrayList<>();
      int order = 0;
      if (in.minutesToDetect() > 0 || r.nextInt(4) > 0) {
        events.add(new Timed(0, order++, fill(pick("ev-start"))));
      }
      events.add(new Timed(in.minutesToDetect(), order++, fill(pick("ev-detect-" + in.detection()))));
      if (r.nextBoolean()) {
        events.add(new Timed(in.minutesToDetect() + 1, order++, fill(pick("ev-ack"))));
      }
      for (Detour d : in.detours()) {
        putHypothesis(d);
        events.add(new Timed(d.fromMinute(), order++, fill(pick("ev-suspect"))));
        events.add(new Timed(d.toMinute(), order++, fill(pick("ev-clear"))));
      }
      if (in.trapPercent() != null && r.nextBoolean()) {
        events.add(new Timed(in.minutesToDetect() + 1, order++, fill(pick("trap"))));
      }
      if (!in.causeUnknown()) {
        events.add(new Timed(in.minutesToIdentify(), order++, fill(pick("ev-identify"))));
      }
      events.add(new Timed(in.minutesToFix(), order++, fill(pick("ev-mitigate"))));
      events.add(new Timed(in.durationMinutes(), order++, fill(pick("ev-resolve"))));
      if (in.flaw() == Flaw.SUMMARY_END_CONFLICT || r.nextInt(10) < 3) {
        events.add(new Timed(in.minutesToClose(), order++, fill(pick("ev-close"))));
      }
      events.sort(Comparator.comparingInt(Timed::minute).thenComparingInt(Timed::order));
      boolean zoned = in.zone() != null && placement == ZonePlacement.EVERY_TIME && !zoneInHeader;
      // Tables often carry a date column; bullet timelines write the date only once it changes, if at all.
      boolean dateColumn = dated && style == TimelineStyle.TABLE && (in.crossesMidnight() || r.nextInt(10) < 3);
      boolean dateOnChange = dated && style != TimelineStyle.TABLE && in.crossesMidnight() && r.nextBoolean();
      List<Entry> entries = new ArrayList<>();
      List<String> prose = new ArrayList<>();
      for (Timed e : events) {
        LocalDateTime at = in.start().plusMinutes(e.minute());
        String dateText = dateColumn || (dateOnChange && !at.toLocalDate().equals(in.start().toLocalDate()))
            ? date(at.toLocalDate()) : null;
        String timeText = time(at.toLocalTime(), zoned);
        entries.add(new Entry(dateText, timeText, e.text()));
        prose.add((dateText == null ? "At " + timeText : "At " + timeText + " on " + dateText) + ", " + decapitalize(e.text()));
      }
      if (style == TimelineStyle.PROSE) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < prose.size(); i += 3) {
          paragraphs.add(String.join(" ", prose.subList(i, Math.min(prose.size(), i + 3))));
        }
        return new Section(pick("h-timeline"), paragraphs, List.of(), false, List.of());
      }
      return new Section(pick("h-timeline"), List.of(), List.of(), false, entries);
    }

    private Section resolution() {
      List<String> out = new ArrayList<>();
      out.add(in.fix());
      if (in.causeUnknown()) {
        out.add(fill(pick("nocause-resolution")));
      }
      if (r.nextBoolean()) {
        out.add(fill(pick("resolution-end")));
      }
      return new Section(pick("h-resolution"), List.of(String.join(" ", out)), List.of(), false, List.of());
    }

    private void putHypothesis(Detour d) {
      values.put("hyp", d.phrase());
    }

    private String pick(String key) {
      List<String> options = vocabulary.phrases(key);
      return options.get(r.nextInt(options.size()));
    }

    private String date(LocalDate d) {
      String text = dateFormat.format(d);
      return datePattern.contains("{ord}") ? text.replace("{ord}", ordinal(d.getDayOfMonth())) : text;
    }

    private String time(LocalTime t, boolean withZone) {
      String text = clockFormat.format(t);
      if (lowerMeridiem) {
        text = text.replace(" AM", "am").replace(" PM", "pm");
      }
      return withZone ? text + " " + in.zone().name() : text;
    }

    /** A template with its {placeholders} filled; {Name} is the value with a capital first letter. */
    private String fill(String template) {
      StringBuilder out = new StringBuilder(template.length() + 64);
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        int close = c == '{' ? template.indexOf('}', i) : -1;
        if (close < 0) {
          out.append(c);
          i++;
          continue;
        }
        String name = template.substring(i + 1, close);
        String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        String value = values.get(key);
        if (value == null) {
          throw new IllegalStateException("no value for {" + name + "} in template '" + template + "'");
        }
        out.append(Character.isUpperCase(name.charAt(0)) ? capitalize(value) : value);
        i = close + 1;
      }
      return out.toString();
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
  }

  /** Durations the way people write them: "2 hours 30 minutes", "150 minutes", "2h 30m", "1 hour". */
  static String durationWords(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return minutes + " minutes";
    }
    String hours = h + (h == 1 ? " hour" : " hours");
    if (m == 0) {
      return hours;
    }
    return switch (minutes % 3) {
      case 0 -> hours + " " + m + (m == 1 ? " minute" : " minutes");
      case 1 -> minutes + " minutes";
      default -> h + "h " + m + "m";
    };
  }

  static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases a sentence's first letter when the first word is an ordinary capitalised word. */
  static String decapitalize(String s) {
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    boolean ordinary = first.length() > 1 && Character.isUpperCase(first.charAt(0))
        && first.substring(1).chars().noneMatch(Character::isUpperCase) && !PROPER.contains(first.replaceAll("\\W", ""));
    return ordinary ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }
}
