package dev.hindsight.ingest.synthetic;

import java.util.List;

/**
 * A generated postmortem's content before markup: title, an optional preamble, metadata rows and sections. Each
 * layout renders it in its own way, so the wording and the markup vary independently.
 *
 * @param metadata label/value rows a company template shows under the title (may be empty)
 * @param timelineStyle how the timeline section is laid out
 * @param timelineZone the zone for a timeline table's time column heading, or null
 */
public record DraftDocument(String title, List<String> preamble, List<Row> metadata, List<Section> sections,
    TimelineStyle timelineStyle, String timelineZone) {

  public DraftDocument {
    preamble = List.copyOf(preamble);
    metadata = List.copyOf(metadata);
    sections = List.copyOf(sections);
  }

  /** How a timeline is written. */
  public enum TimelineStyle {
    /** Bullets led by a bold time. */
    BULLET_BOLD,
    /** Bullets "time - event". */
    BULLET_PLAIN,
    /** A two- or three-column table. */
    TABLE,
    /** Sentences in paragraphs, "At 10:05, ...". */
    PROSE,
    /** One "time  event" line each, no bullets. */
    LINES
  }

  /** A label and value, as in a metadata table. */
  public record Row(String label, String value) {}

  /** One timeline entry: date as written (or null), time as written, what happened. */
  public record Entry(String date, String time, String text) {}

  /** One section: heading, paragraphs, then bullets (or a numbered list), then timeline entries. */
  public record Section(String heading, List<String> paragraphs, List<String> bullets, boolean numbered,
      List<Entry> timeline) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
      bullets = List.copyOf(bullets);
      timeline = List.copyOf(timeline);
    }
  }
}
