package dev.hindsight.ingest.synthetic;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a generated document's text becomes bytes: charset, byte-order mark and line ends, as the readers support. */
public enum FileEncoding {
  /** UTF-8, LF line ends: what most files are. */
  UTF8_LF(StandardCharsets.UTF_8, new byte[0], "\n"),
  /** UTF-8 with a byte-order mark, as some Windows editors write. */
  UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\n"),
  /** UTF-8 with CRLF line ends. */
  UTF8_CRLF(StandardCharsets.UTF_8, new byte[0], "\r\n"),
  /** UTF-8 with old Mac CR-only line ends. */
  UTF8_CR(StandardCharsets.UTF_8, new byte[0], "\r"),
  /** UTF-16 little-endian with a byte-order mark and CRLF, as Windows tools export. */
  UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\n"),
  /** UTF-16 big-endian with a byte-order mark. */
  UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "\n"),
  /** ISO-8859-1 (Latin-1), LF line ends. */
  LATIN1(StandardCharsets.ISO_8859_1, new byte[0], "\n");

  private final Charset charset;
  private final byte[] bom;
  private final String lineEnd;

  FileEncoding(Charset charset, byte[] bom, String lineEnd) {
    this.charset = charset;
    this.bom = bom;
    this.lineEnd = lineEnd;
  }

  /** The bytes of a text written with LF line ends. */
  public byte[] encode(String text) {
    String body = lineEnd.equals("\n") ? text : text.replace("\n", lineEnd);
    if (charset.equals(StandardCharsets.ISO_8859_1)) {
      // Typographic dashes and quotes have no Latin-1 code; a writer in that charset types the ASCII ones.
      body = body.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'');
    }
    ByteBuffer encoded = charset.encode(body);
    byte[] out = new byte[bom.length + encoded.remaining()];
    System.arraycopy(bom, 0, out, 0, bom.length);
    encoded.get(out, bom.length, encoded.remaining());
    return out;
  }

  /** The line end this encoding writes. */
  public String lineEnd() {
    return lineEnd;
  }
}
