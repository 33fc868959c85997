package dev.hindsight.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a file's bytes into text: picks the charset, drops the BOM, normalises line ends, spots binaries. */
public final class TextDecoder {

  /** The reason given for bytes that decode to something no person wrote. */
  public static final String LOOKS_BINARY =
      "the file looks binary (an image or executable?), not text; only text postmortems are read";

  static final String FALLBACK_MESSAGE = "not valid UTF-8; read as Latin-1 (windows-1252)";

  /** How much of the start of a file the statistical checks look at; enough to judge, cheap on big files. */
  private static final int SAMPLE = 8 * 1024;

  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
          new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
          new Signature("a GIF image", 'G', 'I', 'F', '8', '7', 'a'),
          new Signature("a GIF image", 'G', 'I', 'F', '8', '9', 'a'),
          new Signature("a PDF document", '%', 'P', 'D', 'F', '-'),
          new Signature("a ZIP archive (Word and OpenDocument files are ZIPs too)", 'P', 'K', 3, 4),
          new Signature("a ZIP archive (Word and OpenDocument files are ZIPs too)", 'P', 'K', 5, 6),
          new Signature("a ZIP archive (Word and OpenDocument files are ZIPs too)", 'P', 'K', 7, 8),
          new Signature("a gzip archive", 0x1F, 0x8B),
          new Signature("an ELF executable", 0x7F, 'E', 'L', 'F'));

  /**
   * windows-1252 for every byte value. Java leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D unmapped; like
   * browsers, those become the Latin-1 control of the same value, so no byte is ever lost or refused.
   */
  private static final char[] WINDOWS_1252 = windows1252Table();

  /** Decodes {@code bytes}; never throws for any content. */
  public DecodedText decode(byte[] bytes) {
    Optional<String> signature = binarySignature(bytes);
    if (signature.isPresent()) {
      return DecodedText.notText("the file is " + signature.get() + ", not text; only text postmortems are read");
    }
    List<Warning> warnings = new ArrayList<>();
    String decoded = decodeCharset(bytes, warnings);
    if (looksBinary(decoded)) {
      return DecodedText.notText(LOOKS_BINARY);
    }
    return DecodedText.text(normaliseLineEnds(decoded, warnings), warnings);
  }

  private static Optional<String> binarySignature(byte[] bytes) {
    for (Signature signature : SIGNATURES) {
      if (signature.matches(bytes)) {
        return Optional.of(signature.what());
      }
    }
    // "MZ" alone is too weak: a note may start with those letters. A real DOS/PE header has zero
    // bytes in its first 64, which no text does.
    if (startsWith(bytes, 'M', 'Z') && containsZero(bytes, Math.min(bytes.length, 64))) {
      return Optional.of("a Windows executable");
    }
    return Optional.empty();
  }

  private static String decodeCharset(byte[] bytes, List<Warning> warnings) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8OrFallback(bytes, 3, warnings);
    }
    // UTF-32LE's mark begins with UTF-16LE's, so it is tested first.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return decodeOrReplace(bytes, 4, UTF_32LE, warnings);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return decodeOrReplace(bytes, 4, UTF_32BE, warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeOrReplace(bytes, 2, StandardCharsets.UTF_16LE, warnings);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeOrReplace(bytes, 2, StandardCharsets.UTF_16BE, warnings);
    }
    // Must come before the UTF-8 attempt: ASCII in UTF-16 is also valid UTF-8, full of NULs.
    Optional<Charset> utf16 = utf16FromZeroBytes(bytes);
    if (utf16.isPresent()) {
      warnings.add(
          new Warning(
              "charset-guess",
              "no byte-order mark, but every other byte is zero; read as " + utf16.get().name()));
      return decodeOrReplace(bytes, 0, utf16.get(), warnings);
    }
    return utf8OrFallback(bytes, 0, warnings);
  }

  /**
   * UTF-16 without a byte-order mark, recognised by mostly-ASCII text having a zero in every high
   * byte: zeros at odd offsets mean little-endian, at even offsets big-endian.
   */
  private static Optional<Charset> utf16FromZeroBytes(byte[] bytes) {
    int pairs = Math.min(bytes.length, SAMPLE) / 2;
    if (pairs == 0) {
      return Optional.empty();
    }
    int zerosAtEven = 0;
    int zerosAtOdd = 0;
    for (int i = 0; i < pairs; i++) {
      zerosAtEven += bytes[2 * i] == 0 ? 1 : 0;
      zerosAtOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    // Most high bytes zero allows some non-Latin letters; almost no low bytes zero rules out binaries
    // that are simply full of zeros.
    if (zerosAtOdd * 10 >= pairs * 7 && zerosAtEven * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zerosAtEven * 10 >= pairs * 7 && zerosAtOdd * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static String utf8OrFallback(byte[] bytes, int offset, List<Warning> warnings) {
    try {
      return strictDecoder(StandardCharsets.UTF_8).decode(slice(bytes, offset)).toString();
    } catch (CharacterCodingException notUtf8) {
      // Not a failure: files saved by older Windows editors are windows-1252, which maps every byte.
      warnings.add(new Warning("charset-fallback", FALLBACK_MESSAGE));
      StringBuilder text = new StringBuilder(bytes.length - offset);
      for (int i = offset; i < bytes.length; i++) {
        text.append(WINDOWS_1252[bytes[i] & 0xFF]);
      }
      return text.toString();
    }
  }

  /** Decodes a charset named by its byte-order mark; bad sequences become U+FFFD with a warning. */
  private static String decodeOrReplace(byte[] bytes, int offset, Charset charset, List<Warning> warnings) {
    try {
      return strictDecoder(charset).decode(slice(bytes, offset)).toString();
    } catch (CharacterCodingException malformed) {
      // The charset is certain (a mark or the zero pattern said so), so keep the readable rest.
      warnings.add(
          new Warning(
              "malformed-text",
              "some bytes are not valid " + charset.name() + "; each bad sequence was replaced with U+FFFD"));
      // Charset.decode always replaces, never reports.
      return charset.decode(slice(bytes, offset)).toString();
    }
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Text people write has no NULs and few control characters; decoded images and executables are
   * full of both.
   */
  private static boolean looksBinary(String decoded) {
    if (decoded.indexOf('\0') >= 0) {
      return true;
    }
    int sample = Math.min(decoded.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      char c = decoded.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return controls * 10 > sample;
  }

  /** CRLF and bare CR become {@code \n}; bare CRs earn a warning because they hint at a damaged or odd file. */
  private static String normaliseLineEnds(String decoded, List<Warning> warnings) {
    if (decoded.indexOf('\r') < 0) {
      return decoded;
    }
    StringBuilder text = new StringBuilder(decoded.length());
    int bareCarriageReturns = 0;
    int otherLineEnds = 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\r') {
        text.append('\n');
        if (i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n') {
          i++;
          otherLineEnds++;
        } else {
          bareCarriageReturns++;
        }
      } else {
        otherLineEnds += c == '\n' ? 1 : 0;
        text.append(c);
      }
    }
    if (bareCarriageReturns > 0) {
      warnings.add(
          new Warning(
              "line-ends",
              otherLineEnds == 0
                  ? "lines end in a bare CR (old Mac style); read as line breaks"
                  : bareCarriageReturns + " line ends are a bare CR among LF ones; read as line breaks"));
    }
    return text.toString();
  }

  private static ByteBuffer slice(byte[] bytes, int offset) {
    return ByteBuffer.wrap(bytes, offset, bytes.length - offset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsZero(byte[] bytes, int limit) {
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static char[] windows1252Table() {
    Charset windows1252 = Charset.forName("windows-1252");
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      try {
        table[b] = strictDecoder(windows1252).decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException unmapped) {
        table[b] = (char) b;
      }
    }
    return table;
  }

  /** A file type recognised by its first bytes. */
  private record Signature(String what, int... magic) {

    boolean matches(byte[] bytes) {
      return startsWith(bytes, magic);
    }
  }
}
