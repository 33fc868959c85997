package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes, in any of the formats, go through the decoder and the parser without an exception. Under {@code mvn
 * verify} this runs the inputs in {@code PostmortemParserFuzzTestInputs/} (seeds and every crash found so far); with
 * {@code JAZZER_FUZZ=1} it fuzzes (see the README, "What happens to bad input").
 */
class PostmortemParserFuzzTest {

  private static final TextDecoder DECODER = new TextDecoder();
  private static final PostmortemParser PARSER = PostmortemParser.standard();

  @FuzzTest(maxDuration = "10s")
  void parsesAnyBytesInAnyFormatWithoutThrowing(FuzzedDataProvider data) {
    DocumentFormat format = data.pickValue(DocumentFormat.values());
    byte[] bytes = data.consumeRemainingAsBytes();
    DecodedText decoded = DECODER.decode(bytes);
    if (!decoded.isText()) {
      assertFalse(decoded.notTextReason().get().isBlank());
      return;
    }
    assertFalse(decoded.text().contains("\r"), "line ends are normalised");
    SourceDocument doc = new SourceDocument("fuzz." + format.name().toLowerCase(java.util.Locale.ROOT), format,
        decoded.text(), ContentHash.of(bytes), decoded.warnings());

    Postmortem parsed = PARSER.parse(doc);

    assertEquals(doc.source(), parsed.source());
    assertEquals(16, parsed.id().length());
    assertTrue(parsed.warnings().stream().allMatch(w -> w.message() != null && !w.message().isBlank()),
        "every warning says something");
  }
}
