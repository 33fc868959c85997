package dev.hindsight.ingest;

import java.util.Objects;

/**
 * One problem found in a document that did not stop it being read: a stable kind plus a sentence.
 *
 * <p>Kinds are lower-case and hyphenated ({@code ambiguous-date}, {@code conflicting-times}) so that
 * reports can count them; the message says what was seen and what was chosen instead.
 */
public record Warning(String kind, String message) {

  public Warning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (!kind.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("kind must be lower-case and hyphenated, got '" + kind + "'");
    }
  }

  /** The form printed in the record contract's {@code warnings} list. */
  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
