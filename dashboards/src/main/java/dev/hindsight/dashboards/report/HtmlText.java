package dev.hindsight.dashboards.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Makes untrusted text safe to put in HTML: postmortems are written by anyone, so every string from them goes
 * through {@link #escape} and every link to a source through {@link #sourceHref}.
 */
public final class HtmlText {

  private HtmlText() {}

  /** Text escaped for an element body or a double- or single-quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        // Control characters other than tab and line ends are not allowed in HTML text.
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The href (not yet escaped) that links the report page to a source file, or empty when there is no safe one.
   * Only local files qualify: an absolute path or {@code file:} URI becomes a {@code file:} URL; a relative path is
   * taken relative to {@code reportOut} (the {@code --out} the run was given) when that is relative too, since both
   * were then relative to the same working folder. Every other scheme ({@code javascript:}, {@code http:},
   * {@code hdfs:}) gets no link, and each path segment is percent-encoded, {@code :} included, so no scheme can
   * appear.
   */
  public static Optional<String> sourceHref(String source, String reportOut) {
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    String path;
    if (source.startsWith("file:")) {
      try {
        path = URI.create(source).getPath();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (path == null || !path.startsWith("/")) {
        return Optional.empty();
      }
    } else if (hasScheme(source)) {
      return Optional.empty();
    } else {
      path = source.replace('\\', '/');
    }
    if (path.startsWith("/")) {
      return Optional.of("file://" + encodePath(path));
    }
    if (reportOut == null || reportOut.isBlank() || reportOut.startsWith("/") || hasScheme(reportOut)) {
      return Optional.empty();
    }
    int depth = 0;
    for (String part : reportOut.replace('\\', '/').split("/")) {
      if (part.equals("..")) {
        // The report lies above the working folder: the way back down is unknown.
        return Optional.empty();
      }
      if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    return Optional.of("../".repeat(depth) + encodePath(path));
  }

  private static boolean hasScheme(String text) {
    int colon = text.indexOf(':');
    int slash = text.indexOf('/');
    // A Windows drive letter (C:) is a path, not a scheme.
    return colon > 1 && (slash < 0 || colon < slash);
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
