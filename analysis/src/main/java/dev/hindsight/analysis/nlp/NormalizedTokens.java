package dev.hindsight.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence as {@link StemLexicon} reads it: lower-case words, their stems and where each sits
 * in the text.
 *
 * <p>The OpenNLP tokenizer splits hyphens and dashes unevenly ("load-balancer" becomes three
 * tokens, "queue—DNS" stays one, "Redis's" keeps its apostrophe), so tokens are normalised
 * once here: intra-word hyphens and slashes join or split words the same way every time, a
 * dash between words becomes its own token, and possessive endings are dropped. Lexicon
 * phrases go through the same normalisation, so both sides always agree.
 */
final class NormalizedTokens {

  private final String text;
  private final String[] words;
  private final String[] stems;
  private final int[] starts;
  private final int[] ends;

  private NormalizedTokens(String text, List<String> words, List<String> stems, List<int[]> spans) {
    this.text = text;
    this.words = words.toArray(String[]::new);
    this.stems = stems.toArray(String[]::new);
    this.starts = new int[spans.size()];
    this.ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
  }

  /** The normalised tokens of a split sentence, reusing the stems the splitter computed. */
  static NormalizedTokens of(Sentence sentence, NlpModels models) {
    return build(sentence.text(), sentence.tokens(), sentence.stems(), models);
  }

  /** The normalised tokens of free text (lexicon phrases), tokenized as sentences are. */
  static NormalizedTokens tokenize(String text, NlpModels models) {
    String[] tokens = models.tokens(text);
    List<String> stems = new ArrayList<>(tokens.length);
    for (String t : tokens) {
      stems.add(models.stem(t.toLowerCase(Locale.ROOT)));
    }
    return build(text, List.of(tokens), stems, models);
  }

  /**
   * The words of a short label such as a heading, split on anything that is not a letter or
   * digit; cheaper than the tokenizer and enough for the one-word cues headings carry.
   */
  static NormalizedTokens words(String text, NlpModels models) {
    List<String> words = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      words.add(word);
      stems.add(models.stem(word));
      spans.add(new int[] {start, i});
    }
    return new NormalizedTokens(text, words, stems, spans);
  }

  private static NormalizedTokens build(String text, List<String> tokens, List<String> tokenStems, NlpModels models) {
    List<String> words = new ArrayList<>(tokens.size());
    List<String> stems = new ArrayList<>(tokens.size());
    List<int[]> spans = new ArrayList<>(tokens.size());
    int cursor = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int at = text.indexOf(token, cursor);
      int start = at < 0 ? cursor : at;
      int end = at < 0 ? cursor : at + token.length();
      cursor = end;
      boolean glued = at > 0 && end < text.length()
          && !Character.isWhitespace(text.charAt(at - 1)) && !Character.isWhitespace(text.charAt(end));
      if (token.equals("-") && glued) {
        continue; // a hyphen inside a word the tokenizer split off: "load-balancer"
      }
      if (token.equals(".") && glued && !words.isEmpty() && i + 1 < tokens.size()
          && spans.get(spans.size() - 1)[1] == at && text.startsWith(tokens.get(i + 1), end)) {
        // a file name the tokenizer split at a sentence end: "index . html" is "index.html"
        String next = tokens.get(i + 1);
        String joined = words.remove(words.size() - 1) + "." + next.toLowerCase(Locale.ROOT);
        stems.remove(stems.size() - 1);
        int[] span = spans.remove(spans.size() - 1);
        words.add(joined);
        stems.add(models.stem(joined));
        spans.add(new int[] {span[0], end + next.length()});
        cursor = end + next.length();
        i++;
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (isPlain(lower)) {
        words.add(lower);
        stems.add(i < tokenStems.size() ? tokenStems.get(i) : models.stem(lower));
        spans.add(new int[] {start, end});
        continue;
      }
      splitInto(lower, start, models, words, stems, spans);
    }
    return new NormalizedTokens(text, words, stems, spans);
  }

  // Plain tokens need no work, and they are nearly all of them.
  private static boolean isPlain(String token) {
    if (token.length() < 2) {
      return true;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '-' || c == '/' || c == '—' || c == '–' || c == '\'' || c == '’') {
        return false;
      }
    }
    return true;
  }

  private static void splitInto(
      String token, int offset, NlpModels models, List<String> words, List<String> stems, List<int[]> spans) {
    int partStart = 0;
    for (int i = 0; i <= token.length(); i++) {
      char c = i < token.length() ? token.charAt(i) : '\0';
      boolean dash = c == '—' || c == '–';
      if (i < token.length() && !dash && c != '-' && c != '/') {
        continue;
      }
      addPart(token.substring(partStart, i), offset + partStart, models, words, stems, spans);
      if (dash) {
        words.add(String.valueOf(c));
        stems.add(String.valueOf(c));
        spans.add(new int[] {offset + i, offset + i + 1});
      }
      partStart = i + 1;
    }
  }

  private static void addPart(
      String part, int offset, NlpModels models, List<String> words, List<String> stems, List<int[]> spans) {
    String word = part.replace('’', '\''); // typographic apostrophes read as plain ones: "didn’t"
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    } else if (word.length() > 1 && word.endsWith("'")) {
      word = word.substring(0, word.length() - 1);
    }
    if (word.isEmpty()) {
      return;
    }
    words.add(word);
    stems.add(models.stem(word));
    spans.add(new int[] {offset, offset + part.length()});
  }

  /** The text the tokens come from. */
  String text() {
    return text;
  }

  /** Number of tokens. */
  int size() {
    return words.length;
  }

  /** The lower-case word at {@code i}. */
  String word(int i) {
    return words[i];
  }

  /** The stem at {@code i}. */
  String stem(int i) {
    return stems[i];
  }

  /** Character offset where token {@code i} begins. */
  int start(int i) {
    return starts[i];
  }

  /** Character offset just past token {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(starts[from], Math.max(starts[from], ends[to - 1]));
  }
}
