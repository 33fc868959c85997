package dev.hindsight.ingest;

import java.util.regex.Pattern;

/**
 * Removes emoji shortcodes (":small_orange_diamond:", ":wink:") from text: they carry no facts, and
 * one glued to a time stamp (":small_orange_diamond:16:15") hides the time from the time reader.
 */
final class EmojiShortcodes {

  private static final Pattern SHORTCODE = Pattern.compile("(?<![\\w:]):[a-z][a-z0-9_+-]{1,40}:(?=[\\s\\d*_(]|$)");

  private EmojiShortcodes() {}

  /** The text without shortcodes. */
  static String strip(String text) {
    return text.indexOf(':') < 0 ? text : SHORTCODE.matcher(text).replaceAll("");
  }
}
