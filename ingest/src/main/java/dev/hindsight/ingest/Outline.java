package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A document's title and its sections in order, the text before any heading included.
 *
 * @param title the document's title ("" when it has none)
 * @param sections the sections in document order
 */
public record Outline(String title, List<Section> sections) {

  public Outline {
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
  }

  /** The sections of one kind, in order. */
  public Stream<Section> sectionsOf(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind);
  }

  /** True when at least one section of the kind has text. */
  public boolean has(SectionKind kind) {
    return sectionsOf(kind).anyMatch(s -> !s.blocks().isEmpty());
  }

  /** Every block of the document, in order. */
  public Stream<Block> blocks() {
    return sections.stream().flatMap(s -> s.blocks().stream());
  }
}
