package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A titled part of a postmortem: its canonical kind, the heading as written, and its lines.
 *
 * @param kind the canonical section this heading maps to ({@link SectionKind#OTHER} when unknown)
 * @param heading the heading text as written ("" for text before the first heading)
 * @param level heading level, 1 for the top; 0 for the untitled preamble
 * @param blocks the section's lines, headings of sub-sections excluded
 */
public record Section(SectionKind kind, String heading, int level, List<Block> blocks) {

  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    blocks = List.copyOf(blocks);
  }

  /** The section's text, one block a line. */
  public String text() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
  }
}
