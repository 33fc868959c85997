package dev.hindsight.dashboards.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder of files built to break a postmortem reader: empty, binary, oversized, badly encoded, pathologically
 * structured, with impossible times, a symbolic link loop and (when permissions apply) an unreadable file. Each entry
 * says what a run must make of it, so {@code extract} and {@code report} can be held to the same account. Everything is
 * generated here; nothing large is committed.
 */
final class HostileCorpus {

  /** The size limit a run over this corpus must be given, in megabytes, as {@code --max-file-size} takes it. */
  static final String MAX_FILE_SIZE_MB = "1.5";

  /**
   * What a run must report for one entry: {@code status} rejected with a reason containing {@code text}, partial with a
   * warning of kind {@code text}, or read ({@code status} null: ok or partial, whichever the text earns).
   */
  record Expected(String status, String text) {

    static Expected rejectedBecause(String reason) {
      return new Expected("rejected", reason);
    }

    static Expected partialWith(String warningKind) {
      return new Expected("partial", warningKind);
    }

    static Expected read() {
      return new Expected(null, null);
    }
  }

  private final Path root;
  private final Map<String, Expected> expected = new LinkedHashMap<>();
  private final List<String> notBuilt = new ArrayList<>();

  private HostileCorpus(Path root) {
    this.root = root;
  }

  /** The folder the files are in. */
  Path root() {
    return root;
  }

  /** Each entry's path below {@link #root()} (with '/'), and what a run must make of it. */
  Map<String, Expected> expected() {
    return Collections.unmodifiableMap(expected);
  }

  /** Cases this machine cannot set up (e.g. an unreadable file when running as root), each one sentence. */
  List<String> notBuilt() {
    return List.copyOf(notBuilt);
  }

  /** Writes the corpus into a new folder {@code hostile} under {@code parent}. */
  static HostileCorpus writeInto(Path parent) throws IOException {
    HostileCorpus corpus = new HostileCorpus(Files.createDirectories(parent.resolve("hostile")));
    corpus.write();
    return corpus;
  }

  private void write() throws IOException {
    bytes("empty.md", new byte[0], Expected.rejectedBecause("the file is empty"));
    text("whitespace-only.md", "  \n\t\n   \n", Expected.rejectedBecause("only whitespace"));
    bytes("image.md", png(), Expected.rejectedBecause("a PNG image"));
    bytes("program.txt", elf(), Expected.rejectedBecause("an ELF executable"));
    bytes("nul-bytes.md", withNuls(), Expected.rejectedBecause("looks binary"));
    bytes("too-big.md", repeated("The cache fell over again. ", 2 * 1024 * 1024),
        Expected.rejectedBecause("2.0 MB, over the 1.5 MB limit; raise it with --max-file-size"));

    byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] invalidUtf8 = new byte[utf8.length + 3];
    System.arraycopy(utf8, 0, invalidUtf8, 0, utf8.length);
    invalidUtf8[utf8.length] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
    invalidUtf8[utf8.length + 1] = '(';
    invalidUtf8[utf8.length + 2] = (byte) 0xFF;
    bytes("invalid-utf8.md", invalidUtf8, Expected.partialWith("charset-fallback"));
    bytes("utf16-bom.md", withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE)),
        Expected.read());
    bytes("utf16-no-bom.md", SAMPLE.getBytes(StandardCharsets.UTF_16BE), Expected.partialWith("charset-guess"));
    bytes("latin1.txt", ("Caf\u00e9 r\u00e9gion outage, se\u00f1or.\n" + SAMPLE).getBytes(StandardCharsets.ISO_8859_1),
        Expected.partialWith("charset-fallback"));
    text("cr-only.md", SAMPLE.replace("\n", "\r"), Expected.partialWith("line-ends"));
    bytes("one-megabyte-line.md", repeated("the connection pool ran dry while we restarted the cache ", 1024 * 1024),
        Expected.read());
    text("nested-list.md", "# Deep\n\n" + "- ".repeat(10_000) + "the bottom item at 10:00 UTC\n", Expected.read());
    text("nested-quotes.md", "# Deep\n\n" + "> ".repeat(10_000) + "quoted at 10:00 UTC\n", Expected.read());
    text("nested-list.html", "<h1>Deep</h1>" + "<ul><li>".repeat(10_000) + "bottom" + "</li></ul>".repeat(10_000),
        Expected.read());
    text("malformed-tables.md", """
        # Tables gone wrong

        | time | event
        |---|---|---|---|
        | 10:00 | deploy | extra | cells | beyond | the | header |
        | 25:99
        |||
        | --- |
        ## Timeline
        | time | event |
        |:-:|
        | 10:05 UTC | alert |
        """, Expected.read());
    text("headings-only.md", "# Title\n## Summary\n## Timeline\n### Impact\n#### Root cause\n## Action items\n",
        Expected.read());
    text("duplicated-sections.md", SAMPLE + "\n" + SAMPLE.replace("10:00", "16:00").replace("11:00", "17:30"),
        Expected.read());
    text("impossible-times.md", """
        # Impossible times

        ## Summary
        The outage started at 25:99 UTC on 2024-02-30 and ended at 14:30 PM on 2099-12-31.
        It was detected on 2024-07-22 at 11:00 UTC and resolved on 2024-07-22 at 09:00 UTC, before it began at 10:00 UTC.

        ## Timeline
        - 2024-07-22 24:61 UTC - the alert fired
        - 2024-07-22 13:00 PM - rolled back
        - 2024-07-21 10:00 UTC - resolved, a day before it began
        """, Expected.partialWith("invalid-date"));

    Files.createDirectories(root.resolve("names"));
    for (String name : HOSTILE_NAMES) {
      text("names/" + name, SAMPLE, Expected.read());
    }

    Path loop = Files.createDirectories(root.resolve("loop"));
    text("loop/inside.md", SAMPLE, Expected.read());
    Files.createSymbolicLink(loop.resolve("back"), root);
    expected.put("loop/back", Expected.rejectedBecause("a symbolic link back to a folder that contains it"));
    Files.createSymbolicLink(root.resolve("dangling.md"), root.resolve("nowhere.md"));
    expected.put("dangling.md", Expected.rejectedBecause("symbolic link to something that does not exist"));

    if (runningAsRoot()) {
      notBuilt.add("unreadable.md (chmod 000) was not built: running as root, where file permissions do not apply.");
    } else {
      Path unreadable = root.resolve("unreadable.md");
      Files.writeString(unreadable, SAMPLE);
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
      expected.put("unreadable.md", Expected.rejectedBecause("permission denied"));
    }
  }

  /** Whether the tests run as root, where a chmod 000 file can still be read. */
  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * File names that try to climb out of a folder, pass for options, break a line or a JSON string, or inject markup;
   * none may make a run write outside its output folder or lose the file.
   */
  static final List<String> HOSTILE_NAMES = List.of(
      "x..%2F..%2Fescape.md",
      "up..md",
      "%2e%2e%2fencoded-escape.md",
      "-rf.md",
      "--out=elsewhere.md",
      "line\nbreak.md",
      "carriage\rreturn.md",
      "quote\"and'apostrophe.md",
      "<script>alert(1)<%2Fscript>.md",
      "colon:in:name.md",
      "hash#and?query.md",
      "back\\slash.md",
      "spaces  and\ttab.md",
      "\u00fcn\u00efc\u00f8d\u00e9-\u202eright-to-left.md",
      "long-" + "x".repeat(240) + ".md");

  /** A small ordinary postmortem the encoding and layout cases dress differently. */
  static final String SAMPLE = """
      # Checkout outage

      ## Summary
      On 2024-07-22 from 10:00 to 11:00 UTC checkout failed for 30% of users.

      ## Root cause
      The connection pool of the orders database was exhausted after a deploy raised the worker count.

      ## Timeline
      - 10:00 UTC deploy finished
      - 10:05 UTC alert fired
      - 11:00 UTC rolled back, service restored
      """;

  private void text(String name, String content, Expected what) throws IOException {
    bytes(name, content.getBytes(StandardCharsets.UTF_8), what);
  }

  private void bytes(String name, byte[] content, Expected what) throws IOException {
    Files.write(root.resolve(name), content);
    expected.put(name, what);
  }

  private static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
  }

  private static byte[] elf() {
    ByteBuffer elf = ByteBuffer.allocate(256);
    elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
    elf.put(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0});
    return elf.array();
  }

  private static byte[] withNuls() {
    return "# Summary\n\0\0\0 the cache fell over\0 at 10:00 UTC\n".getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withPrefix(byte[] prefix, byte[] rest) {
    byte[] all = new byte[prefix.length + rest.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }

  /** {@code phrase} repeated to exactly {@code size} bytes, no line break anywhere. */
  private static byte[] repeated(String phrase, long size) {
    byte[] unit = phrase.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[Math.toIntExact(size)];
    for (int i = 0; i < all.length; i++) {
      all[i] = unit[i % unit.length];
    }
    return all;
  }
}
