package dev.hindsight.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who was affected: the share of users or requests, a count, and the services named.
 *
 * <p>A percentage counts only when it is a share of users, customers, requests or traffic
 * ("30% of users", "about 45 percent of requests"); CPU at 95% or "a 20% degradation" does not.
 * "All users" is 100; "78% ... the remaining 22%" of one population is 100.
 */
public final class ImpactExtractor implements PostmortemStage {

  private static final Set<SectionKind> WHERE = EnumSet.of(SectionKind.IMPACT, SectionKind.SUMMARY, SectionKind.DURATION);

  private static final String POPULATION =
      "users?|customers?|clients?|visitors?|requests?|traffic|transactions?|members?|subscribers?|"
          + "merchants?|students?|players?|learners?|accounts?|user ?base|shoppers?|buyers?|sessions?|calls?|"
          + "api calls?|page ?views?|logins?|attempts?|orders?|payments?|purchases?|checkouts?|queries|searches|uploads?|"
          + "downloads?|messages?|emails?|notifications?|customer sites?|tenants?|people|consumers?|audience";

  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern POPULATION_AFTER = Pattern.compile(
      "^\\s*(?:of\\s+)?(?:the\\s+|our\\s+|all\\s+|its\\s+|their\\s+|active\\s+|total\\s+|incoming\\s+|the\\s+total\\s+)*"
          + "(?:[\\w-]+\\s+){0,2}?(?:" + POPULATION + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POPULATION_BEFORE = Pattern.compile(
      "(?:" + POPULATION + ")\\W+(?:\\w+\\W+){0,4}(?:approximately |about |around |roughly |nearly |almost |over |~)?$",
      Pattern.CASE_INSENSITIVE);
  /** Percentages of change, not of a population. */
  private static final Pattern NOT_A_SHARE = Pattern.compile(
      "^\\s*(?:degradation|slower|increase|decrease|drop|reduction|fewer|more|less|higher|lower|spike|rise|growth|"
          + "error rate|cpu|memory|disk|utili[sz]ation|load|capacity|uptime|availability|packet loss|of (?:the )?(?:cpu|memory|disk|server|web server|servers|capacity))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REMAINING = Pattern.compile("(?i)\\bremaining\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)");
  private static final Pattern ALL_USERS = Pattern.compile(
      "(?i)\\b(?:all|every|each|the entire|entire|the whole|whole|100% of)\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?(?:active\\s+)?(?:users?|customers?|clients?|visitors?|user ?base|requests?|traffic)\\b");
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:(?:active|unique|paying|registered)\\s+)?(?:users|customers|clients|merchants|accounts|subscribers|visitors)\\b");
  private static final Pattern SERVICE = Pattern.compile(
      "(?i)\\b(?:the|our|its)\\s+((?:[\\w'-]+\\s+){0,3}?(?:service|platform|website|web ?site|web application|application|api|app|portal|site|system|gateway|dashboard|backend))\\b");
  private static final Set<String> GENERIC_SERVICES = Set.of("service", "system", "application", "app", "site", "server", "platform", "website", "backend", "web server", "database", "entire system");

  @Override
  public Postmortem apply(Postmortem pm) {
    List<Block> stated = pm.outline().sections().stream().filter(s -> WHERE.contains(s.kind()))
        .flatMap(s -> s.blocks().stream()).toList();
    Optional<Finding> percent = percent(stated);
    if (percent.isEmpty()) {
      // Anywhere else, but not the action items: "canary to 5% of traffic" is a plan, not an impact.
      percent = percent(pm.outline().sections().stream()
          .filter(s -> s.kind() != SectionKind.CORRECTIVE_ACTIONS && s.kind() != SectionKind.TASKS && s.kind() != SectionKind.LESSONS)
          .flatMap(s -> s.blocks().stream()).filter(b -> b.kind() != Block.Kind.CODE).toList());
    }
    OptionalLong count = OptionalLong.empty();
    for (Block b : stated) {
      Matcher m = COUNT.matcher(b.text());
      if (m.find()) {
        count = OptionalLong.of(Long.parseLong(m.group(1).replace(",", "")));
        break;
      }
    }
    List<Block> impactBlocks = pm.outline().sectionsOf(SectionKind.IMPACT).flatMap(s -> s.blocks().stream()).toList();
    List<String> services = services(impactBlocks.isEmpty() ? stated : impactBlocks);
    String summary = percent.map(Finding::sentence)
        .orElse(impactBlocks.isEmpty() ? "" : firstSentence(impactBlocks.get(0).text()));
    return pm.withImpact(new Impact(services, percent.map(Finding::value), count, summary));
  }

  private record Finding(double value, String sentence) {}

  private static Optional<Finding> percent(List<Block> blocks) {
    for (Block b : blocks) {
      for (String sentence : sentences(b.text())) {
        Matcher remaining = REMAINING.matcher(sentence);
        Matcher m = PERCENT.matcher(sentence);
        while (m.find()) {
          double value = Double.parseDouble(m.group(1));
          if (value > 100) {
            continue;
          }
          String after = sentence.substring(m.end());
          String before = sentence.substring(0, m.start());
          if (NOT_A_SHARE.matcher(after).find()) {
            continue;
          }
          if (POPULATION_AFTER.matcher(after).find() || POPULATION_BEFORE.matcher(before).find()) {
            if (remaining.find() && Math.abs(value + Double.parseDouble(remaining.group(1)) - 100) < 0.01) {
              return Optional.of(new Finding(100.0, sentence));
            }
            return Optional.of(new Finding(value, sentence));
          }
        }
      }
    }
    // "All users" only when no figure is given anywhere: "all users ... I estimated 80%" is 80.
    for (Block b : blocks) {
      for (String sentence : sentences(b.text())) {
        if (ALL_USERS.matcher(sentence).find()) {
          return Optional.of(new Finding(100.0, sentence));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> services(List<Block> blocks) {
    Set<String> found = new LinkedHashSet<>();
    for (Block b : blocks) {
      Matcher m = SERVICE.matcher(b.text());
      while (m.find() && found.size() < 5) {
        String name = m.group(1).strip().replaceAll("\\s+", " ");
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!GENERIC_SERVICES.contains(lower) && !lower.startsWith("the ")) {
          found.add(lower);
        }
      }
    }
    return new ArrayList<>(found);
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[.!?;])\\s+(?=[A-Z(])")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String firstSentence(String text) {
    List<String> s = sentences(text);
    return s.isEmpty() ? "" : s.get(0);
  }
}
