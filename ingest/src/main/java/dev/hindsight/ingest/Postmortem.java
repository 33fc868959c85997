package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed postmortem: its outline and what the parsing stages found in it.
 *
 * <p>Stages build it up one part at a time ({@link PostmortemStage}); each {@code with...} method
 * returns a new record.
 *
 * @param id stable id, from the content hash
 * @param source the path as given
 * @param format the markup it was written in
 * @param title the title
 * @param outline the sections
 * @param timeline the timeline entries in order
 * @param window start, end, detection and durations
 * @param impact who and what was affected
 * @param actions corrective actions and tasks, one item each
 * @param warnings what was doubtful, in the order found
 */
public record Postmortem(
    String id,
    String source,
    DocumentFormat format,
    String title,
    Outline outline,
    List<TimelineEntry> timeline,
    IncidentWindow window,
    Impact impact,
    List<String> actions,
    List<Warning> warnings) {

  public Postmortem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outline, "outline");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(impact, "impact");
    timeline = List.copyOf(timeline);
    actions = List.copyOf(actions);
    warnings = List.copyOf(warnings);
  }

  /** A postmortem with its outline only, before the extracting stages run. */
  public static Postmortem outlined(SourceDocument doc, Outline outline) {
    return new Postmortem(
        doc.contentHash().substring(0, 16),
        doc.source(),
        doc.format(),
        outline.title(),
        outline,
        List.of(),
        IncidentWindow.UNKNOWN,
        Impact.UNKNOWN,
        List.of(),
        doc.warnings());
  }

  public Postmortem withTimeline(List<TimelineEntry> entries) {
    return new Postmortem(id, source, format, title, outline, entries, window, impact, actions, warnings);
  }

  public Postmortem withWindow(IncidentWindow w) {
    return new Postmortem(id, source, format, title, outline, timeline, w, impact, actions, warnings);
  }

  public Postmortem withImpact(Impact i) {
    return new Postmortem(id, source, format, title, outline, timeline, window, i, actions, warnings);
  }

  public Postmortem withActions(List<String> items) {
    return new Postmortem(id, source, format, title, outline, timeline, window, impact, items, warnings);
  }

  /** This postmortem with more warnings appended. */
  public Postmortem warn(List<Warning> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Postmortem(id, source, format, title, outline, timeline, window, impact, actions, all);
  }
}
