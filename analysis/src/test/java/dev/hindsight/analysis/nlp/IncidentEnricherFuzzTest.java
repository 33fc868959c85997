package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.ingest.ContentHash;
import dev.hindsight.ingest.DecodedText;
import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.TextDecoder;
import java.util.Locale;

/**
 * Any bytes that decode to text go through the parser and the NLP enricher without an exception, and the record
 * serialises. Under {@code mvn verify} this replays {@code IncidentEnricherFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see the README, "What happens to bad input").
 */
class IncidentEnricherFuzzTest {

  private static final TextDecoder DECODER = new TextDecoder();
  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final IncidentEnricher ENRICHER = IncidentEnricher.standard();

  @FuzzTest(maxDuration = "10s")
  void enrichesAnyParsedBytesWithoutThrowing(FuzzedDataProvider data) {
    DocumentFormat format = data.pickValue(DocumentFormat.values());
    byte[] bytes = data.consumeRemainingAsBytes();
    DecodedText decoded = DECODER.decode(bytes);
    if (!decoded.isText()) {
      return;
    }
    String source = "fuzz." + format.name().toLowerCase(Locale.ROOT);

    Incident incident = ENRICHER.enrich(PARSER.parse(
        new SourceDocument(source, format, decoded.text(), ContentHash.of(bytes), decoded.warnings())));

    assertEquals(source, incident.source());
    assertTrue(IncidentJson.line(incident).startsWith("{"), "the record serialises");
  }
}
