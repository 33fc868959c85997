package dev.hindsight.analysis.search;

import dev.hindsight.analysis.nlp.Detection;
import dev.hindsight.analysis.nlp.Enrichment;
import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.MisleadingPath;
import dev.hindsight.analysis.nlp.RootCause;
import dev.hindsight.ingest.Moment;
import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.Section;
import dev.hindsight.ingest.SectionKind;
import dev.hindsight.ingest.time.QuarterKey;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * One incident as the index holds it: the fields of {@link IncidentIndexFields}, taken from an enriched record.
 *
 * @param id the record id
 * @param title the title
 * @param source the path as given
 * @param start when it started, only when the document gives a zone (the report's rule)
 * @param durationMinutes start to service restored
 * @param category the cause category key, "unknown" when none
 * @param component the cause component key, "unknown" when none
 * @param services the affected services, lower case, each once
 * @param hypotheses the misleading paths' hypothesis keys, each once, in order found
 * @param detection the detection method key, "unknown" when none
 * @param cause the sentence stating the cause ("" when none)
 * @param summary the summary section, or the impact summary when there is none ("" when neither)
 * @param text the document's whole text, which always holds every line of the cause and the summary (a line it lacks
 *     is added at its end), so that a word of either is always a word of the text
 */
public record SearchableIncident(
    String id,
    String title,
    String source,
    Optional<Instant> start,
    OptionalLong durationMinutes,
    String category,
    String component,
    List<String> services,
    List<String> hypotheses,
    String detection,
    String cause,
    String summary,
    String text) {

  /** The quarter of an incident without a zoned start, as the report names it. */
  public static final String UNDATED = QuarterKey.UNDATED;

  static final String UNKNOWN = "unknown";

  public SearchableIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(component, "component");
    services = List.copyOf(services);
    hypotheses = List.copyOf(hypotheses);
    Objects.requireNonNull(detection, "detection");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(summary, "summary");
    text = holding(Objects.requireNonNull(text, "text"), cause, summary);
  }

  /**
   * {@code text} with every line of {@code parts} it does not already hold as whole words added at its end. Word
   * queries rely on it: a word of the cause or the summary is looked up in the text alone ({@link
   * IncidentQueryParser}). Extracted causes and summaries are lines of the document, so normally nothing is added.
   */
  private static String holding(String text, String... parts) {
    StringBuilder missing = null;
    for (String part : parts) {
      for (String line : part.split("\n")) {
        String words = line.strip();
        if (!words.isEmpty() && !holdsAsWords(text, words)) {
          missing = (missing == null ? new StringBuilder() : missing).append('\n').append(words);
        }
      }
    }
    return missing == null ? text : text + missing;
  }

  private static boolean holdsAsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
          || !Character.isLetterOrDigit(words.charAt(0));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(words.charAt(words.length() - 1));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /** An enriched incident with the text of its outline (title, headings and lines) as the full text. */
  public static SearchableIncident of(Incident incident) {
    return of(incident, incident.postmortem().map(SearchableIncident::outlineText).orElse(""));
  }

  /** An enriched incident with its full text; a rejected incident has nothing to index and is refused. */
  public static SearchableIncident of(Incident incident, String fullText) {
    Postmortem pm = incident.postmortem().orElseThrow(() -> new IllegalArgumentException(
        "incident " + incident.id() + " was rejected and has nothing to index"));
    Enrichment e = incident.enrichment();
    Optional<RootCause> cause = e.rootCause();
    return new SearchableIncident(
        incident.id(),
        pm.title(),
        incident.source(),
        pm.window().start().filter(Moment::dated).flatMap(m -> m.offset().map(o -> m.local().toInstant(o))),
        pm.window().durationMinutes(),
        cause.map(RootCause::category).orElse(UNKNOWN),
        cause.map(RootCause::component).orElse(UNKNOWN),
        pm.impact().services().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
            .distinct().toList(),
        e.misleadingPaths().stream().map(MisleadingPath::hypothesis).distinct().toList(),
        e.detection().map(Detection::method).orElse(UNKNOWN),
        cause.map(RootCause::text).orElse(""),
        summary(pm),
        Objects.requireNonNull(fullText, "fullText"));
  }

  /** The quarter of the start in UTC ({@code 2024Q3}), or {@link #UNDATED}; the report's key. */
  public String quarter() {
    return QuarterKey.of(start.orElse(null));
  }

  /** {@code category/component}, empty when either is unknown (no class to recur). */
  public Optional<String> failureClass() {
    return UNKNOWN.equals(category) || UNKNOWN.equals(component)
        ? Optional.empty()
        : Optional.of(category + "/" + component);
  }

  private static String summary(Postmortem pm) {
    String sections = pm.outline().sectionsOf(SectionKind.SUMMARY).map(Section::text)
        .filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
    return sections.isBlank() ? pm.impact().summary() : sections;
  }

  private static String outlineText(Postmortem pm) {
    StringBuilder out = new StringBuilder(pm.title());
    for (Section s : pm.outline().sections()) {
      if (!s.heading().isEmpty()) {
        out.append('\n').append(s.heading());
      }
      if (!s.blocks().isEmpty()) {
        out.append('\n').append(s.text());
      }
    }
    return out.toString();
  }
}
