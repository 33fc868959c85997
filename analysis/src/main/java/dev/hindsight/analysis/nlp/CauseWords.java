package dev.hindsight.analysis.nlp;

/** Where the words of a sentence start, to measure distances in words rather than characters. */
final class CauseWords {

  private final int[] starts;
  private final int length;

  CauseWords(String text) {
    int[] found = new int[text.length() / 2 + 1];
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        found[count++] = i;
      }
      inWord = !space;
    }
    starts = java.util.Arrays.copyOf(found, count);
    length = text.length();
  }

  /** How many words start between two positions. */
  int between(int from, int to) {
    return Math.max(0, index(to) - index(from));
  }

  /** The position {@code count} words after {@code from} (or the end of the text). */
  int after(int from, int count) {
    int i = index(from) + count;
    return i < starts.length ? starts[i] : length;
  }

  /** The position {@code count} words before {@code to} (or the start of the text). */
  int before(int to, int count) {
    int i = index(to) - count;
    return i > 0 ? starts[i] : 0;
  }

  /** The number of words that start before {@code at}. */
  private int index(int at) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
