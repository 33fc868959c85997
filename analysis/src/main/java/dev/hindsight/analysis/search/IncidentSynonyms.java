package dev.hindsight.analysis.search;

import dev.hindsight.ingest.VocabularyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The infrastructure synonyms of {@code synonyms.tsv} (lb, load balancer; db, database; k8s, kubernetes; ...),
 * beside the extractors' vocabularies and read with the same reader, as a Lucene synonym map over stems.
 *
 * @param groups each line's terms, as written
 * @param map every term of a group mapped to every other, in the stems the indexing analyzer produces
 */
record IncidentSynonyms(List<List<String>> groups, SynonymMap map) {

  /** The bundled file. */
  static final String RESOURCE = "/dev/hindsight/analysis/nlp/synonyms.tsv";

  private static final class Holder {
    // Built once per JVM: the file is small, but every query analyzer would otherwise rebuild it.
    static final IncidentSynonyms STANDARD = load(RESOURCE);
  }

  IncidentSynonyms {
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** The bundled synonyms. */
  static IncidentSynonyms standard() {
    return Holder.STANDARD;
  }

  /** Loads a synonyms file; a term with a stop word in it, or no words at all, fails naming the line. */
  static IncidentSynonyms load(String resource) {
    List<List<String>> groups = new ArrayList<>();
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    try (Analyzer stems = IncidentAnalyzer.forIndexing()) {
      for (VocabularyFile.Entry e : VocabularyFile.read(resource)) {
        List<String> terms = List.of(e.phrase().split("\\|"));
        List<CharsRef> analysed = new ArrayList<>();
        for (String term : terms) {
          analysed.add(stemsOf(stems, term.strip(), e.where()));
        }
        for (int i = 0; i < analysed.size(); i++) {
          for (int j = 0; j < analysed.size(); j++) {
            if (i != j) {
              builder.add(analysed.get(i), analysed.get(j), true);
            }
          }
        }
        groups.add(terms.stream().map(String::strip).toList());
      }
      return new IncidentSynonyms(groups, builder.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the synonym map from " + resource, e);
    }
  }

  private static CharsRef stemsOf(Analyzer stems, String term, String where) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = stems.tokenStream(IncidentIndexFields.TEXT, term)) {
      CharTermAttribute text = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(text.toString());
      }
      ts.end();
    }
    int written = term.split("[\\s-]+").length;
    if (words.isEmpty() || words.size() != written) {
      throw new IllegalStateException(where + ": the synonym '" + term
          + "' must be plain words without stop words such as 'of' or 'on'");
    }
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }
}
