package dev.hindsight.analysis.nlp;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;

/** Builds incidents from fixture text for stage tests: parsed, then split into sentences. */
final class Fixtures {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  private Fixtures() {}

  /** The incident of a Markdown fixture, with sentences but no other enrichment. */
  static Incident split(String markdown) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("fixture.md", DocumentFormat.MARKDOWN, markdown)));
    return new SentenceSplitter(NlpModels.get()).apply(parsed);
  }
}
