package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists the corrective actions and tasks: each bullet, checklist entry or table row of those
 * sections is one action; a section written as prose gives one action a line.
 */
public final class ActionExtractor implements PostmortemStage {

  /** Bookkeeping lines under a task, not tasks themselves. */
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "(?i)^\\W*(?:deadline|due(?: date)?|owner|assignee|assigned to|status|priority|eta|ticket|jira|target date)\\s*[:\\-–]");
  private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[[ xX]?\\]\\s*");
  private static final Pattern TABLE_HEADER = Pattern.compile(
      "(?i)^(?:action(?: item)?s?|task|item|description|what|owner|status|#|no\\.?|type|ticket|priority|due|deadline)$");

  @Override
  public Postmortem apply(Postmortem pm) {
    List<String> actions = new ArrayList<>();
    for (Section s : pm.outline().sections()) {
      if (s.kind() != SectionKind.CORRECTIVE_ACTIONS && s.kind() != SectionKind.TASKS) {
        continue;
      }
      boolean hasItems = s.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.ITEM || b.kind() == Block.Kind.ROW);
      for (Block b : s.blocks()) {
        String text = CHECKBOX.matcher(b.text()).replaceFirst("").strip();
        if (text.isEmpty() || ATTRIBUTE.matcher(text).find() || b.continuation()) {
          continue;
        }
        switch (b.kind()) {
          case ITEM -> actions.add(text);
          case ROW -> {
            String first = b.cells().stream().filter(c -> !c.isBlank() && !c.matches("\\d+\\.?")).findFirst().orElse("");
            if (!first.isEmpty() && !TABLE_HEADER.matcher(first).matches() && !first.matches("-+")) {
              actions.add(first);
            }
          }
          case TEXT -> {
            if (!hasItems) {
              actions.add(text);
            }
          }
          default -> {}
        }
      }
    }
    return pm.withActions(actions);
  }
}
