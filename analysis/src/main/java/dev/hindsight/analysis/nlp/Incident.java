package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.Postmortem;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.Warning;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document as the record contract sees it: a parsed postmortem, or a rejected file.
 *
 * @param id stable id (content hash prefix)
 * @param source the path as given
 * @param status ok, partial (with warnings) or rejected
 * @param warnings what was doubtful; for a rejected file, the reason
 * @param postmortem the parsed document, absent when rejected
 * @param enrichment what the NLP stages found ({@link Enrichment#NONE} before they run)
 */
public record Incident(
    String id, String source, Status status, List<Warning> warnings, Optional<Postmortem> postmortem, Enrichment enrichment) {

  /** How far a document could be used. */
  public enum Status {
    OK("ok"),
    PARTIAL("partial"),
    REJECTED("rejected");

    private final String key;

    Status(String key) {
      this.key = key;
    }

    /** The contract's spelling. */
    public String key() {
      return key;
    }
  }

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(postmortem, "postmortem");
    Objects.requireNonNull(enrichment, "enrichment");
  }

  /** This incident with its enrichment changed by {@code change}. */
  public Incident with(java.util.function.UnaryOperator<Enrichment> change) {
    return new Incident(id, source, status, warnings, postmortem, change.apply(enrichment));
  }

  /** A parsed postmortem: partial when it carries warnings, else ok. */
  public static Incident of(Postmortem pm) {
    Status status = pm.warnings().isEmpty() ? Status.OK : Status.PARTIAL;
    return new Incident(pm.id(), pm.source(), status, pm.warnings(), Optional.of(pm), Enrichment.NONE);
  }

  /** A file that could not be read, with its reason. */
  public static Incident rejected(RejectedSource rejected) {
    return new Incident(
        rejected.contentHash().substring(0, 16),
        rejected.source(),
        Status.REJECTED,
        List.of(new Warning("rejected", rejected.reason())),
        Optional.empty(),
        Enrichment.NONE);
  }
}
