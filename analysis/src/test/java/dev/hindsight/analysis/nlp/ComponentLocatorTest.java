package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/** Parts of speech settle between components a sentence names together. */
class ComponentLocatorTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  private static RootCause cause(String markdown) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    Incident split = new SentenceSplitter(NlpModels.get()).apply(parsed);
    return new CauseClassifier().apply(split).enrichment().rootCause().orElseThrow();
  }

  @Test
  void subjectOfTheCauseSentenceWinsOverAServiceNamedBesideIt() {
    RootCause rc = cause("""
        # Orders timing out

        ## Root cause
        The database behind the orders API ran out of connections during the sale.
        """);
    assertEquals("database", rc.component());
  }

  @Test
  void headOfTheNounPhraseWinsOverItsModifier() {
    RootCause rc = cause("""
        # Payments blocked

        ## Root cause
        A misconfiguration in the payment gateway's firewall rules blocked incoming requests.
        """);
    assertEquals("network", rc.component());
  }

  @Test
  void leavesASentenceThatNamesOneComponentAlone() {
    Sentence s = new Sentence(dev.hindsight.ingest.SectionKind.ROOT_CAUSE, "Root cause", "The cache was full.",
        java.util.List.of("The", "cache", "was", "full", "."), java.util.List.of("the", "cach", "wa", "full", "."), -1);
    CauseStatement statement = new CauseReader(CauseLexicon.get()).read(s, 0, false);
    assertEquals(statement, new ComponentLocator(NlpModels.get()).locate(statement));
  }
}
