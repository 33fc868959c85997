package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.VocabularyFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class IncidentAnalyzerTest {

  private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void indexingStemsAndDropsStopWords() throws IOException {
    assertEquals(List.of("load", "balanc", "drop", "connect"),
        terms(IncidentAnalyzer.forIndexing(), IncidentIndexFields.CAUSE, "The load balancers dropped the connections"));
  }

  @Test
  void queriesExpandAnAbbreviationToItsWords() throws IOException {
    assertEquals(Set.of("lb", "load", "balanc", "loadbalanc"),
        Set.copyOf(terms(IncidentAnalyzer.forQueries(), IncidentIndexFields.TEXT, "lb")));
  }

  @Test
  void queriesExpandPluralWordsToTheAbbreviation() throws IOException {
    assertTrue(terms(IncidentAnalyzer.forQueries(), IncidentIndexFields.TEXT, "databases").contains("db"));
  }

  @Test
  void exactFieldsKeepTheWholeValueInLowerCase() throws IOException {
    assertEquals(List.of("load-balancer"),
        terms(IncidentAnalyzer.forQueries(), IncidentIndexFields.COMPONENT, "Load-Balancer"));
  }

  @Test
  void everySynonymLineBelongsToAVocabularyKey() {
    Set<String> keys = new java.util.HashSet<>();
    for (String file : List.of("components.tsv", "hypotheses.tsv")) {
      VocabularyFile.read("/dev/hindsight/analysis/nlp/" + file).forEach(e -> keys.add(e.key()));
    }
    Set<String> synonymKeys = VocabularyFile.read(IncidentSynonyms.RESOURCE).stream()
        .map(VocabularyFile.Entry::key).collect(Collectors.toSet());
    assertTrue(keys.containsAll(synonymKeys), synonymKeys + " not all in " + keys);
  }

  @Test
  void aSynonymWithAStopWordFailsNamingItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> IncidentSynonyms.load("/dev/hindsight/analysis/search/stop-word-synonyms.tsv"));
    assertTrue(e.getMessage().startsWith("/dev/hindsight/analysis/search/stop-word-synonyms.tsv:2: the synonym 'denial of service'"),
        e.getMessage());
  }
}
