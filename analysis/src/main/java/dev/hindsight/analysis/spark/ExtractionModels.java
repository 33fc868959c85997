package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.ingest.PostmortemParser;

/** The parser and enricher of one executor JVM, loaded on first use and shared by every task in it. */
final class ExtractionModels {

  private ExtractionModels() {}

  static PostmortemParser parser() {
    return Holder.PARSER;
  }

  static IncidentEnricher enricher() {
    return Holder.ENRICHER;
  }

  // Class initialisation is lazy and thread-safe: the models load once, when the first task needs them,
  // and never on the driver unless it runs tasks itself (local mode).
  private static final class Holder {
    static final PostmortemParser PARSER = PostmortemParser.standard();
    static final IncidentEnricher ENRICHER = IncidentEnricher.standard();
  }
}
