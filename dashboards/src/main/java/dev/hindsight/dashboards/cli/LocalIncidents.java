package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.ReadOutcome;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Local files read, parsed and enriched in the order found, a batch at a time on all cores, so a corpus of any
 * size streams through with only one batch in memory.
 */
final class LocalIncidents implements Iterator<Incident> {

  // Enough per batch to keep every core busy; small enough that a batch of large documents fits in memory.
  private static final int BATCH = 32 * Math.max(1, Runtime.getRuntime().availableProcessors());

  private final List<SourceFinder.FoundSource> sources;
  private final SourceReader reader;
  private final PostmortemParser parser = PostmortemParser.standard();
  private final IncidentEnricher enricher = IncidentEnricher.standard();
  private int nextSource;
  private List<Incident> batch = List.of();
  private int nextInBatch;

  LocalIncidents(List<SourceFinder.FoundSource> sources, SourceReader reader) {
    this.sources = List.copyOf(sources);
    this.reader = reader;
  }

  /** One file, read, parsed and enriched (or rejected with the reason). */
  static Incident of(SourceFinder.FoundSource source, SourceReader reader) {
    return new LocalIncidents(List.of(source), reader).next();
  }

  @Override
  public boolean hasNext() {
    return nextInBatch < batch.size() || nextSource < sources.size();
  }

  @Override
  public Incident next() {
    if (nextInBatch == batch.size()) {
      if (nextSource == sources.size()) {
        throw new NoSuchElementException();
      }
      List<SourceFinder.FoundSource> slice = sources.subList(nextSource, Math.min(sources.size(), nextSource + BATCH));
      nextSource += slice.size();
      batch = slice.parallelStream().map(this::enrich).toList();
      nextInBatch = 0;
    }
    return batch.get(nextInBatch++);
  }

  private Incident enrich(SourceFinder.FoundSource source) {
    ReadOutcome outcome = reader.read(source);
    return outcome instanceof SourceDocument doc
        ? enricher.enrich(parser.parse(doc))
        : Incident.rejected((RejectedSource) outcome);
  }
}
