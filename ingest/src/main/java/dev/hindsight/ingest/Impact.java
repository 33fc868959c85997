package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Who and what an incident hurt.
 *
 * @param services the affected services as named ("user authentication service")
 * @param usersAffectedPercent the share of users (or requests) affected, 0 to 100
 * @param usersAffectedCount a count of affected users or customers, when stated
 * @param summary the sentence the figures came from, or the first sentence of the impact section
 */
public record Impact(
    List<String> services, Optional<Double> usersAffectedPercent, OptionalLong usersAffectedCount, String summary) {

  /** Nothing known. */
  public static final Impact UNKNOWN = new Impact(List.of(), Optional.empty(), OptionalLong.empty(), "");

  public Impact {
    services = List.copyOf(services);
    Objects.requireNonNull(usersAffectedPercent, "usersAffectedPercent");
    Objects.requireNonNull(usersAffectedCount, "usersAffectedCount");
    Objects.requireNonNull(summary, "summary");
  }
}
