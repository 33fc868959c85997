package dev.hindsight.ingest.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time-zone abbreviations and names as authors write them ("PST", "Central African Time"), read from zones.tsv. */
public final class ZoneTable {

  static final String RESOURCE = "/dev/hindsight/ingest/time/zones.tsv";

  // "UTC-5", "UTC +05:30", "GMT + 1", "UTC−5" (unicode minus), "+0300": read directly, no row needed.
  private static final Pattern OFFSET_TEXT =
      Pattern.compile("(?i)(?:utc|gmt)?\\s?([+\\-\u2212])\\s?(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** One row of the table: what a name stands for. */
  record Entry(ZoneId zone, boolean ambiguous) {}

  private final Map<String, Entry> byName;
  private final Set<String> firstWords;
  private final int maxWords;

  private ZoneTable(Map<String, Entry> byName) {
    this.byName = Map.copyOf(byName);
    Set<String> first = new HashSet<>();
    int words = 1;
    for (String name : byName.keySet()) {
      String[] parts = name.split(" ");
      first.add(parts[0]);
      words = Math.max(words, parts.length);
    }
    this.firstWords = Set.copyOf(first);
    this.maxWords = words;
  }

  /** The table in {@value #RESOURCE}, loaded once per JVM. */
  public static ZoneTable standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a table from tab-separated lines; blank lines and lines starting with '#' are skipped.
   *
   * @param source named in error messages, e.g. the resource path
   * @throws IllegalStateException naming {@code source} and the line when a row is malformed
   */
  static ZoneTable parse(String source, List<String> lines) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lines, "lines");
    Map<String, Entry> byName = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw malformed(source, lineNumber, "expected 4 tab-separated columns (name, zone, ambiguous, comment), got "
            + cols.length + " in '" + line + "'");
      }
      String key = normalize(cols[0]);
      if (key.isEmpty()) {
        throw malformed(source, lineNumber, "empty name");
      }
      ZoneId zone = zoneOf(cols[1].strip(), source, lineNumber);
      boolean ambiguous = switch (cols[2].strip()) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw malformed(source, lineNumber, "ambiguous must be 'yes' or 'no', got '" + cols[2] + "'");
      };
      Integer earlier = firstLine.putIfAbsent(key, lineNumber);
      if (earlier != null) {
        throw malformed(source, lineNumber, "duplicate name '" + cols[0].strip() + "' (first on line " + earlier + ")");
      }
      byName.put(key, new Entry(zone, ambiguous));
    }
    if (byName.isEmpty()) {
      throw new IllegalStateException(source + ": no zones");
    }
    return new ZoneTable(byName);
  }

  /**
   * The zone a piece of text names: a table name (any case, any spacing) or a written offset
   * ("UTC-5", "GMT + 1", "+0300"); the mention keeps the text as given.
   */
  public Optional<ZoneMention> lookup(String written) {
    Objects.requireNonNull(written, "written");
    Entry entry = byName.get(normalize(written));
    if (entry != null) {
      return Optional.of(new ZoneMention(written, entry.zone(), entry.ambiguous()));
    }
    Matcher m = OFFSET_TEXT.matcher(written.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return offset(m.group(1).charAt(0), Integer.parseInt(m.group(2)), minutes)
        .map(offset -> new ZoneMention(written, offset, false));
  }

  /** Number of names in the table. */
  public int size() {
    return byName.size();
  }

  /** The row for a name already lower-cased with single spaces, or null. */
  Entry entry(String normalizedName) {
    return byName.get(normalizedName);
  }

  /** True when some name starts with this lower-case word; lets a text scan skip most words cheaply. */
  boolean startsSomeName(String lowerCaseWord) {
    return firstWords.contains(lowerCaseWord);
  }

  /** Most words in any one name ("Australian Eastern Standard Time" has 4). */
  int maxWords() {
    return maxWords;
  }

  /** A fixed offset from its written parts; empty when it cannot be a real offset (beyond ±14:00). */
  static Optional<ZoneOffset> offset(char sign, int hours, int minutes) {
    if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) {
      return Optional.empty();
    }
    int s = sign == '+' ? 1 : -1;
    return Optional.of(ZoneOffset.ofHoursMinutes(s * hours, s * minutes));
  }

  private static String normalize(String name) {
    return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static ZoneId zoneOf(String text, String source, int lineNumber) {
    try {
      return text.startsWith("+") || text.startsWith("-") ? ZoneOffset.of(text) : ZoneId.of(text);
    } catch (DateTimeException e) {
      throw malformed(source, lineNumber, "not a zone id or offset: '" + text + "'");
    }
  }

  private static IllegalStateException malformed(String source, int lineNumber, String problem) {
    return new IllegalStateException(source + " line " + lineNumber + ": " + problem);
  }

  private static List<String> readResource(String resource) {
    try (InputStream in = ZoneTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": resource not found on the classpath");
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot be read", e);
    }
  }

  // Initialization-on-demand holder: loaded once, thread-safe without locking.
  private static final class Holder {
    static final ZoneTable STANDARD = parse(RESOURCE, readResource(RESOURCE));
  }
}
