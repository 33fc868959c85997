package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesPlainUtf8WithoutWarnings() {
    DecodedText decoded = decoder.decode("Café outage — 💥 at 14:02\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("Café outage — 💥 at 14:02\n", decoded.text());
    assertEquals(List.of(), decoded.warnings());
    assertTrue(decoded.isText());
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    DecodedText decoded = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), utf8("# Outage\n")));

    assertEquals("# Outage\n", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void decodesUtf16LittleEndianWithBom() {
    DecodedText decoded = decoder.decode(concat(bytes(0xFF, 0xFE), encode("Café down\n", StandardCharsets.UTF_16LE)));

    assertEquals("Café down\n", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void decodesUtf16BigEndianWithBom() {
    DecodedText decoded = decoder.decode(concat(bytes(0xFE, 0xFF), encode("Café down\n", StandardCharsets.UTF_16BE)));

    assertEquals("Café down\n", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void detectsUtf16LittleEndianWithoutBomAndWarns() {
    DecodedText decoded = decoder.decode(encode("# Outage\nDNS failed.\n", StandardCharsets.UTF_16LE));

    assertEquals("# Outage\nDNS failed.\n", decoded.text());
    assertEquals(List.of("charset-guess"), kinds(decoded));
    assertTrue(decoded.warnings().get(0).message().contains("UTF-16LE"), decoded.warnings().toString());
  }

  @Test
  void detectsUtf16BigEndianWithoutBomAndWarns() {
    DecodedText decoded = decoder.decode(encode("# Outage\nDNS failed.\n", StandardCharsets.UTF_16BE));

    assertEquals("# Outage\nDNS failed.\n", decoded.text());
    assertEquals(List.of("charset-guess"), kinds(decoded));
    assertTrue(decoded.warnings().get(0).message().contains("UTF-16BE"), decoded.warnings().toString());
  }

  @Test
  void replacesMalformedUtf16WithWarning() {
    // An odd byte count cannot be UTF-16: the last byte is half a character.
    byte[] truncated = concat(bytes(0xFF, 0xFE), encode("ok", StandardCharsets.UTF_16LE), bytes('x'));

    DecodedText decoded = decoder.decode(truncated);

    assertEquals("ok\uFFFD", decoded.text());
    assertEquals(List.of("malformed-text"), kinds(decoded));
  }

  @Test
  void fallsBackToLatin1WithWarningOnInvalidUtf8() {
    // "Café €5" as windows-1252: 0xE9 alone and 0x80 are not valid UTF-8.
    DecodedText decoded = decoder.decode(concat(utf8("Caf"), bytes(0xE9), utf8(" "), bytes(0x80), utf8("5\n")));

    assertEquals("Café €5\n", decoded.text());
    assertEquals(
        List.of(new Warning("charset-fallback", "not valid UTF-8; read as Latin-1 (windows-1252)")),
        decoded.warnings());
  }

  @Test
  void keepsBytesThatWindows1252LeavesUndefined() {
    // 0x81 has no windows-1252 character; it must survive as U+0081 rather than fail the file.
    DecodedText decoded = decoder.decode(concat(utf8("stray "), bytes(0x81), utf8(" byte in a long enough line\n")));

    assertEquals("stray \u0081 byte in a long enough line\n", decoded.text());
    assertEquals(List.of("charset-fallback"), kinds(decoded));
  }

  @Test
  void convertsCrlfToLfWithoutWarning() {
    DecodedText decoded = decoder.decode(utf8("one\r\ntwo\r\n"));

    assertEquals("one\ntwo\n", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void normalisesCarriageReturnOnlyLineEnds() {
    DecodedText decoded = decoder.decode(utf8("one\rtwo\rthree"));

    assertEquals("one\ntwo\nthree", decoded.text());
    assertEquals(List.of("line-ends"), kinds(decoded));
  }

  @Test
  void warnsAboutBareCarriageReturnsAmongLfLineEnds() {
    DecodedText decoded = decoder.decode(utf8("one\r\ntwo\rthree\n"));

    assertEquals("one\ntwo\nthree\n", decoded.text());
    assertEquals(List.of("line-ends"), kinds(decoded));
    assertTrue(decoded.warnings().get(0).message().startsWith("1 line ends"), decoded.warnings().toString());
  }

  @Test
  void recognisesPngBySignature() {
    DecodedText decoded = decoder.decode(concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), utf8("IHDR")));

    assertFalse(decoded.isText());
    assertEquals("the file is a PNG image, not text; only text postmortems are read", decoded.notTextReason().get());
  }

  @Test
  void recognisesPdfBySignatureEvenThoughItStartsInAscii() {
    DecodedText decoded = decoder.decode(utf8("%PDF-1.7\n%âãÏÓ\n"));

    assertEquals("the file is a PDF document, not text; only text postmortems are read", decoded.notTextReason().get());
  }

  @Test
  void recognisesZipBySignature() {
    DecodedText decoded = decoder.decode(concat(bytes('P', 'K', 3, 4), utf8("word/document.xml")));

    assertTrue(decoded.notTextReason().get().contains("ZIP archive"), decoded.notTextReason().get());
  }

  @Test
  void recognisesWindowsExecutableBySignature() {
    DecodedText decoded = decoder.decode(bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00));

    assertTrue(decoded.notTextReason().get().contains("Windows executable"), decoded.notTextReason().get());
  }

  @Test
  void readsTextThatHappensToStartWithMz() {
    DecodedText decoded = decoder.decode(utf8("MZ cluster outage\n"));

    assertEquals("MZ cluster outage\n", decoded.text());
  }

  @Test
  void treatsNulCharactersAsBinary() {
    DecodedText decoded = decoder.decode(concat(utf8("looks like text"), bytes(0), utf8("but is not")));

    assertEquals(TextDecoder.LOOKS_BINARY, decoded.notTextReason().get());
  }

  @Test
  void treatsManyControlCharactersAsBinary() {
    byte[] noisy = new byte[200];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
    }

    assertEquals(TextDecoder.LOOKS_BINARY, decoder.decode(noisy).notTextReason().get());
  }

  @Test
  void toleratesAFewControlCharactersSuchAsColourCodesInPastedLogs() {
    String log = "\u001b[31mERROR\u001b[0m connection refused to db-primary after 30s timeout\n";

    DecodedText decoded = decoder.decode(utf8(log));

    assertEquals(log, decoded.text());
  }

  private static List<String> kinds(DecodedText decoded) {
    return decoded.warnings().stream().map(Warning::kind).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encode(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
