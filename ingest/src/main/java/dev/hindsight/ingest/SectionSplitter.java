package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a document's lines into canonical sections.
 *
 * <p>Real postmortems mark sections in many ways: Markdown and HTML headings, whole bold lines
 * ({@code **Issue Summary:**}), bold labels that open a line ({@code **Root Cause**: ...}), and
 * plain lines such as {@code Timeline:}. All of them start a section here. A heading the
 * vocabulary does not know keeps its text; when it sits under a known section (a bold line
 * "Actions Taken" inside a timeline) it takes that section's kind.
 */
public final class SectionSplitter {

  private static final Lexicon HEADINGS = Lexicon.load("/dev/hindsight/ingest/sections.tsv");

  /** "Name:" alone on a line, a heading in plain-text postmortems. */
  private static final Pattern COLON_HEADING =
      Pattern.compile("^([A-Za-z][\\w&/',()\\- ]{0,60}?)\\s*:\\s*$");

  /** "Label: text", where the label may name a section ("Impact: 30% of users ..."). */
  private static final Pattern LABEL_LINE = Pattern.compile("^([A-Za-z][A-Za-z&/ ]{1,40}?)\\s*:\\s*(\\S.*)$");

  /** A short line of words only, a heading when it names a section. */
  private static final Pattern BARE_HEADING = Pattern.compile("^[A-Z][A-Za-z &/'()-]*$");

  /** Inside a paragraph, only a Title Case line counts ("Root Cause and Resolution"). */
  private static final Pattern TITLE_CASE =
      Pattern.compile("^[A-Z][a-z]*(?:[ /&-]+(?:[A-Z][A-Za-z]*|and|or|of|the|to|for|&))*$");

  private static final Pattern TITLE_WORDS =
      Pattern.compile("post[- ]?mortem|incident report|outage report|\\brca\\b", Pattern.CASE_INSENSITIVE);

  // Levels for headings that are not real headings, below every Markdown and HTML level.
  private static final int SOFT_LEVEL = 7;

  /** Headings remembered with their kind; documents of one source reuse a handful of headings. */
  private static final int REMEMBERED_HEADINGS = 10_000;
  private static final int LONGEST_REMEMBERED = 200;
  private static final ConcurrentHashMap<String, SectionKind> KINDS = new ConcurrentHashMap<>();

  /** The section kind a heading's text maps to, {@link SectionKind#OTHER} when unknown. */
  public static SectionKind kindOf(String heading) {
    if (heading.length() > LONGEST_REMEMBERED) {
      return readKind(heading);
    }
    SectionKind known = KINDS.get(heading);
    if (known == null) {
      known = readKind(heading);
      if (KINDS.size() < REMEMBERED_HEADINGS) {
        KINDS.putIfAbsent(heading, known);
      }
    }
    return known;
  }

  private static SectionKind readKind(String heading) {
    String normal = heading.toLowerCase(Locale.ROOT).replaceAll("[*_#`:]+", " ").strip();
    if (normal.split("\\s+").length > 8) {
      return SectionKind.OTHER;
    }
    return HEADINGS.firstKey(normal).map(SectionKind::ofKey).orElse(SectionKind.OTHER);
  }

  /**
   * The section a label opening a line names ("Root Cause: ...", "**Impact:** ..."): only a label
   * that is wholly a section name counts, so "Time to detection: 8 minutes" stays a line.
   */
  static SectionKind kindOfLabel(String label) {
    String normal = label.toLowerCase(Locale.ROOT).replaceAll("[*_#`:]+", " ").strip()
        .replaceFirst("^(?:(?:issue|incident|outage|the|our|brief|short|main|primary|detailed|executive)\\s+)+", "");
    return HEADINGS.wholeKey(normal).map(SectionKind::ofKey).orElse(SectionKind.OTHER);
  }

  /** Splits lines into an outline; {@code fallbackTitle} is used when the document names none. */
  public Outline split(List<Block> blocks, String fallbackTitle) {
    Builder builder = new Builder();
    String title = "";
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Optional<Heading> heading = heading(block);
      if (title.isEmpty() && i == 0 && heading.isPresent() && isTitle(heading.get())) {
        title = heading.get().text;
        builder.startPreamble();
        continue;
      }
      if (heading.isPresent()) {
        Heading h = heading.get();
        builder.start(h);
        h.rest.ifPresent(builder::add);
      } else {
        builder.add(block);
      }
    }
    if (title.isEmpty()) {
      title = firstShortLine(blocks).orElse(fallbackTitle);
    }
    return new Outline(title, builder.sections());
  }

  private static boolean isTitle(Heading h) {
    return h.kind == SectionKind.OTHER || TITLE_WORDS.matcher(h.text).find();
  }

  private static Optional<String> firstShortLine(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TEXT) {
        String text = b.text().strip();
        if (text.split("\\s+").length <= 15 && TITLE_WORDS.matcher(text).find()) {
          return Optional.of(text);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A heading found in a line, with the text that followed a bold or plain label. */
  private record Heading(String text, SectionKind kind, int level, boolean soft, Optional<Block> rest) {}

  private Optional<Heading> heading(Block block) {
    String text = block.text().strip();
    switch (block.kind()) {
      case HEADING:
        return Optional.of(new Heading(stripColon(text), kindOf(text), block.depth(), false, Optional.empty()));
      case TEXT:
      case ITEM:
        break;
      default:
        return Optional.empty();
    }
    int level = SOFT_LEVEL + (block.kind() == Block.Kind.ITEM ? 1 + block.depth() : 0);
    if (block.isBoldOnly() && words(text) <= 10) {
      return Optional.of(new Heading(stripColon(text), kindOf(text), level, true, Optional.empty()));
    }
    if (!block.boldLead().isEmpty()) {
      String lead = stripColon(block.boldLead());
      SectionKind kind = kindOfLabel(lead);
      String after = text.substring(Math.min(text.length(), block.boldLead().strip().length())).strip();
      after = after.startsWith(":") ? after.substring(1).strip() : after;
      if (kind != SectionKind.OTHER && words(lead) <= 6 && !after.isEmpty()) {
        return Optional.of(new Heading(lead, kind, level, true, Optional.of(rest(block, after))));
      }
    }
    // Both label patterns need a colon: last (the text is stripped, and the whole of it must match), or first after letters.
    Matcher colon = text.endsWith(":") ? COLON_HEADING.matcher(text) : null;
    if (colon != null && colon.matches() && words(colon.group(1)) <= 6) {
      return Optional.of(new Heading(colon.group(1).strip(), kindOf(colon.group(1)), level, true, Optional.empty()));
    }
    if (block.kind() == Block.Kind.TEXT && BARE_HEADING.matcher(text).matches()
        && (block.continuation() ? TITLE_CASE.matcher(text).matches() && words(text) <= 5 : words(text) <= 6)
        && kindOf(text) != SectionKind.OTHER) {
      // "Timeline" or "Root Cause and Resolution" alone on a line, no colon, no markup.
      return Optional.of(new Heading(text, kindOf(text), level, true, Optional.empty()));
    }
    Matcher label = mayBeLabelled(text) ? LABEL_LINE.matcher(text) : null;
    if (label != null && label.matches() && words(label.group(1)) <= 4) {
      SectionKind kind = kindOfLabel(label.group(1));
      if (kind != SectionKind.OTHER) {
        return Optional.of(
            new Heading(label.group(1).strip(), kind, level, true, Optional.of(rest(block, label.group(2)))));
      }
    }
    return Optional.empty();
  }

  /** True unless the first colon is missing or follows a character {@link #LABEL_LINE}'s label cannot hold. */
  private static boolean mayBeLabelled(String text) {
    int colon = text.indexOf(':');
    if (colon < 2) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = text.charAt(i);
      boolean labelChar = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '&' || c == '/' || c == ' '
          || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!labelChar) {
        return false;
      }
    }
    return true;
  }

  private static Block rest(Block block, String text) {
    return new Block(block.kind(), text, block.depth(), List.of(), block.lineNumber(), false, "");
  }

  private static String stripColon(String text) {
    String s = text.strip();
    while (s.endsWith(":") || s.endsWith("*")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** Collects sections, giving unknown sub-headings the kind of the section they sit in. */
  private static final class Builder {
    private final List<Section> sections = new ArrayList<>();
    private SectionKind kind = SectionKind.SUMMARY;
    private String heading = "";
    private int level = 0;
    private boolean soft;
    private List<Block> blocks = new ArrayList<>();
    // The kind and level of the nearest known heading above, for unknown sub-headings.
    private SectionKind parentKind = SectionKind.SUMMARY;
    private int parentLevel = 0;

    void startPreamble() {
      // The text under a document title is its summary until another heading says otherwise.
      close();
      kind = SectionKind.SUMMARY;
      heading = "";
      level = 0;
    }

    void start(Heading h) {
      close();
      SectionKind k = h.kind;
      if (k == SectionKind.OTHER && parentKind != SectionKind.OTHER && (h.level > parentLevel || (h.soft && soft))) {
        k = parentKind;
      } else {
        parentKind = k;
        parentLevel = h.level;
      }
      kind = k;
      heading = h.text;
      level = h.level;
      soft = h.soft;
    }

    void add(Block block) {
      blocks.add(block);
    }

    void close() {
      if (!blocks.isEmpty() || !heading.isEmpty()) {
        sections.add(new Section(kind, heading, level, blocks));
      }
      blocks = new ArrayList<>();
    }

    List<Section> sections() {
      close();
      return sections;
    }
  }
}
