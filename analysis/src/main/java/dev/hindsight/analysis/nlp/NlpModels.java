package dev.hindsight.analysis.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT, from Maven Central), loaded once per JVM.
 *
 * <p>Models are thread-safe and shared; the {@code *ME} objects that use them are not, so each
 * thread gets its own. Nothing is downloaded: the models come with the jar.
 */
public final class NlpModels {

  // Resource names inside the opennlp-models-*-en jars (version 1.3.0).
  private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The classpath resources of the models, for a fingerprint of what extraction depends on. */
  public static final java.util.List<String> RESOURCES = java.util.List.of(SENTENCE, TOKENS, POS);

  /** Words remembered with their stems; past this the rest are stemmed each time (frequent words come early). */
  private static final int REMEMBERED_STEMS = 50_000;

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);
  /** Stems already worked out, shared by threads: words repeat across sentences and documents. */
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  private NlpModels() {
    sentenceModel = load(SENTENCE, SentenceModel::new);
    tokenizerModel = load(TOKENS, TokenizerModel::new);
    posModel = load(POS, POSModel::new);
    sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
  }

  /** The models of this JVM, loaded on first use. */
  public static NlpModels get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final NlpModels INSTANCE = new NlpModels();
  }

  /** Sentences of a paragraph. */
  public String[] sentences(String text) {
    return sentenceDetector.get().sentDetect(text);
  }

  /** Tokens of a sentence by the trained tokenizer: precise, and about three times slower than {@link #quickTokens}. */
  public String[] tokens(String sentence) {
    return tokenizer.get().tokenize(sentence);
  }

  /**
   * Tokens of a sentence by character classes (OpenNLP's SimpleTokenizer): good enough for lexicon
   * matching over every sentence; the trained tokenizer is kept for the sentences that get tagged.
   */
  public String[] quickTokens(String sentence) {
    return SimpleTokenizer.INSTANCE.tokenize(sentence);
  }

  /** Universal POS tags of tokens; slow, so only for the sentences that matter. */
  public String[] tags(String[] tokens) {
    return tagger.get().tag(tokens);
  }

  /** The Porter stem of a lower-cased word. */
  public String stem(String word) {
    String stem = stems.get(word);
    if (stem == null) {
      stem = stemmer.get().stem(word);
      if (stems.size() < REMEMBERED_STEMS) {
        stems.putIfAbsent(word, stem);
      }
    }
    return stem;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path; "
            + "it comes from the opennlp-models-*-en dependencies");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
