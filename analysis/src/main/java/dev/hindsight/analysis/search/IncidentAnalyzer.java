package dev.hindsight.analysis.search;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Analysis of the index fields: English text (possessives, lower case, stop words, Porter stems) for the text
 * fields, the whole value in lower case for the exact ones; the query side adds the infrastructure synonyms.
 *
 * <p>Synonyms are applied to queries only, after stemming, so "lb" also finds "load balancers" and changing the
 * synonym file needs no re-indexing.
 */
public final class IncidentAnalyzer extends Analyzer {

  private final Optional<SynonymMap> synonyms;

  private IncidentAnalyzer(Optional<SynonymMap> synonyms) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.synonyms = synonyms;
  }

  /** The analyzer documents are indexed with (no synonyms). */
  public static IncidentAnalyzer forIndexing() {
    return new IncidentAnalyzer(Optional.empty());
  }

  /** The analyzer queries are read with: the indexing chain plus the synonyms of {@link IncidentSynonyms}. */
  public static IncidentAnalyzer forQueries() {
    return new IncidentAnalyzer(Optional.of(IncidentSynonyms.standard().map()));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    if (isExact(fieldName)) {
      KeywordTokenizer whole = new KeywordTokenizer();
      return new TokenStreamComponents(whole, new LowerCaseFilter(whole));
    }
    StandardTokenizer words = new StandardTokenizer();
    TokenStream chain = new EnglishPossessiveFilter(words);
    chain = new LowerCaseFilter(chain);
    chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    chain = new PorterStemFilter(chain);
    if (synonyms.isPresent()) {
      chain = new SynonymGraphFilter(chain, synonyms.get(), false);
    }
    return new TokenStreamComponents(words, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Whether a field holds exact values (keys, ids) rather than English text; fields the index lacks are text. */
  static boolean isExact(String fieldName) {
    return IncidentIndexFields.EXACT_FIELDS.contains(fieldName);
  }
}
