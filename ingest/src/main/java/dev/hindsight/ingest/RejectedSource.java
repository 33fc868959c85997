package dev.hindsight.ingest;

import java.util.Objects;

/**
 * An input file that could not be read as a postmortem, with one sentence a person understands.
 *
 * @param source the path as given
 * @param reason why it was rejected, e.g. "the file is 12 MB, over the 5 MB limit"
 * @param contentHash hex SHA-256 of the bytes when they could be read, else of the path
 */
public record RejectedSource(String source, String reason, String contentHash)
    implements ReadOutcome {

  public RejectedSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** A rejection made before any bytes could be read, so the hash identifies the name instead. */
  public static RejectedSource unread(String source, String reason) {
    return new RejectedSource(source, reason, ContentHash.of(source));
  }

  /**
   * A document whose processing failed with {@code failure} (a bug met on strange text): it is rejected alone, and the
   * reason asks for the file so the bug can be fixed.
   */
  public static RejectedSource unprocessable(String source, Throwable failure) {
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse("");
    return unread(source, "the document could not be processed (" + failure.getClass().getSimpleName() + message
        + "); please report it with the file");
  }
}
