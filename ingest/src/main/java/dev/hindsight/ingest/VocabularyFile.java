package dev.hindsight.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vocabulary resource file: one {@code key<TAB>phrase} a line, {@code #} comments and blank
 * lines skipped. The matchers built on these files ({@link Lexicon} and the NLP phrase matchers)
 * share this one reader, so the format and its error messages are the same everywhere.
 */
public final class VocabularyFile {

  /** One line of a vocabulary file, with where it came from for error messages ("file:line"). */
  public record Entry(String key, String phrase, String where) {}

  private VocabularyFile() {}

  /** The entries of a class-path resource in file order; a missing or malformed file fails naming it and the line. */
  public static List<Entry> read(String resource) {
    InputStream in = VocabularyFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("vocabulary file " + resource + " is missing from the class path");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String body = line.strip();
        if (body.isEmpty() || body.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalStateException(resource + ":" + number + ": expected 'key<TAB>phrase', got '" + line + "'");
        }
        entries.add(new Entry(parts[0].strip(), parts[1].strip(), resource + ":" + number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary file " + resource, e);
    }
    return entries;
  }
}
