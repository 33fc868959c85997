package dev.hindsight.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TextDecoder} made of a file's bytes: text with {@code \n} line ends, or why it is not text.
 *
 * @param text the decoded text without a byte-order mark; empty when {@code notTextReason} is present
 * @param warnings problems met while decoding (charset guessed or fallen back, bare CR line ends)
 * @param notTextReason one sentence saying why the bytes are not text (an image, an executable), or
 *     empty when they are text
 */
public record DecodedText(String text, List<Warning> warnings, Optional<String> notTextReason) {

  public DecodedText {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(notTextReason, "notTextReason");
  }

  /** Bytes that decoded to text. */
  public static DecodedText text(String text, List<Warning> warnings) {
    return new DecodedText(text, warnings, Optional.empty());
  }

  /** Bytes that are not text; the reason is a sentence for the person running Hindsight. */
  public static DecodedText notText(String reason) {
    return new DecodedText("", List.of(), Optional.of(reason));
  }

  /** Whether the bytes were text; when false, {@link #notTextReason()} says why not. */
  public boolean isText() {
    return notTextReason.isEmpty();
  }
}
