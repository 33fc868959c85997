package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.search.SearchHit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A found incident as lines for a terminal. Postmortem text is untrusted: control characters (escape sequences
 * that could rewrite the screen) are removed and line breaks flattened before anything is printed.
 */
final class HitText {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private HitText() {}

  /** The numbered title line, a facts line, then {@code more} lines (snippet, reason), then the source. */
  static List<String> lines(int rank, SearchHit hit, List<String> more) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%2d. %s", rank, clean(hit.title().isEmpty() ? "(untitled)" : hit.title())));
    List<String> facts = new ArrayList<>();
    facts.add(hit.start().map(MINUTES::format).orElse("start unknown"));
    facts.add(hit.durationMinutes().isPresent() ? hit.durationMinutes().getAsLong() + " min" : "duration unknown");
    facts.add(hit.failureClass().orElse(hit.category() + "/" + hit.component()));
    facts.add("id " + hit.id());
    out.add("    " + String.join(" · ", facts));
    for (String line : more) {
      if (!line.isBlank()) {
        out.add("    " + clean(line));
      }
    }
    out.add("    " + clean(hit.source()));
    return out;
  }

  /** Text safe to print: no control characters, one line. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
        out.appendCodePoint(c);
      }
    });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }
}
