package dev.hindsight.analysis.search;

import java.util.List;
import java.util.Objects;

/**
 * A past incident that looks like the one at hand, and why.
 *
 * @param incident the incident, as a search result (its snippet is the cause sentence)
 * @param sameFailureClass whether its failure class is the one at hand's
 * @param sharedWords the distinctive words its cause and summary share with the one at hand, most telling first
 * @param reason one sentence saying why it matched
 */
public record SimilarIncident(SearchHit incident, boolean sameFailureClass, List<String> sharedWords, String reason) {

  public SimilarIncident {
    Objects.requireNonNull(incident, "incident");
    sharedWords = List.copyOf(sharedWords);
    Objects.requireNonNull(reason, "reason");
  }
}
