package dev.hindsight.analysis.search;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceFinder;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The project's sample corpus through the local pipeline, and an index of it, for the search tests. */
final class SampleIndex {

  static final Path SAMPLES = Path.of("..", "data", "postmortems");

  private static List<Incident> incidents;

  private SampleIndex() {}

  /** Every sample postmortem parsed and enriched, by source; computed once per test JVM. */
  static synchronized List<Incident> incidents() {
    if (incidents == null) {
      SourceReader reader = new SourceReader();
      PostmortemParser parser = PostmortemParser.standard();
      IncidentEnricher enricher = IncidentEnricher.standard();
      incidents = new SourceFinder().find(List.of(SAMPLES)).sources().stream()
          .map(reader::read)
          .filter(SourceDocument.class::isInstance)
          .map(doc -> enricher.enrich(parser.parse((SourceDocument) doc)))
          .sorted(Comparator.comparing(Incident::source))
          .toList();
    }
    return incidents;
  }

  /** The incident read from the sample file of that name. */
  static Incident incident(String fileName) {
    return incidents().stream().filter(i -> i.source().endsWith("/" + fileName)).findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + fileName));
  }

  /** Builds the index of the samples in {@code dir} and opens it. */
  static IncidentSearcher build(Path dir) throws IOException {
    IncidentIndexWriter.write(dir, incidents().stream().map(SearchableIncident::of).iterator());
    return IncidentSearcher.open(dir);
  }
}
