package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.nlp.IncidentEnricher;
import dev.hindsight.analysis.nlp.NlpModels;
import dev.hindsight.ingest.PostmortemParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of everything an extracted record depends on besides the file itself: the ingest and analysis code with
 * their vocabulary files, the OpenNLP models, and the OpenNLP and Lucene versions. A cached record is reused only
 * under the same fingerprint, so a changed lexicon, model or extractor invalidates the whole cache.
 */
final class ExtractorFingerprint {

  // Classes and resources below these prefixes decide what a record (and its index document) holds.
  private static final List<String> PREFIXES = List.of("dev/hindsight/ingest/", "dev/hindsight/analysis/");

  private ExtractorFingerprint() {}

  /** The fingerprint of the code this JVM runs, computed once. */
  static String current() {
    return Holder.VALUE;
  }

  private static final class Holder {
    static final String VALUE = compute();
  }

  private static String compute() {
    Set<Path> codeSources = new LinkedHashSet<>();
    for (Class<?> type : List.of(PostmortemParser.class, IncidentEnricher.class)) {
      codeSources.add(codeSource(type));
    }
    return of(codeSources, NlpModels.RESOURCES);
  }

  /**
   * The fingerprint of the ingest and analysis classes and resources in {@code codeSources} (folders or jars) and of
   * the classpath resources {@code models}, with the OpenNLP and Lucene versions.
   */
  static String of(Iterable<Path> codeSources, List<String> models) {
    MessageDigest digest = sha256();
    update(digest, "opennlp " + opennlp.tools.util.Version.currentVersion());
    update(digest, "lucene " + org.apache.lucene.util.Version.LATEST);
    try {
      for (Path source : codeSources) {
        if (Files.isDirectory(source)) {
          hashFolder(digest, source);
        } else {
          hashJar(digest, source);
        }
      }
      for (String model : models) {
        update(digest, model);
        try (InputStream in = NlpModels.class.getResourceAsStream(model)) {
          if (in == null) {
            throw new IllegalStateException("the model " + model + " is missing from the classpath");
          }
          hashStream(digest, in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the extractor's code to fingerprint it: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Path codeSource(Class<?> type) {
    URL location = type.getProtectionDomain().getCodeSource().getLocation();
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unexpected code location " + location, e);
    }
  }

  private static void hashFolder(MessageDigest digest, Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      if (PREFIXES.stream().anyMatch(name::startsWith)) {
        names.add(name);
      }
    }
    names.sort(null);
    for (String name : names) {
      update(digest, name);
      try (InputStream in = Files.newInputStream(root.resolve(name))) {
        hashStream(digest, in);
      }
    }
  }

  private static void hashJar(MessageDigest digest, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = file.stream()
          .filter(entry -> !entry.isDirectory() && PREFIXES.stream().anyMatch(entry.getName()::startsWith))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
      for (JarEntry entry : entries) {
        update(digest, entry.getName());
        try (InputStream in = file.getInputStream(entry)) {
          hashStream(digest, in);
        }
      }
    }
  }

  private static void hashStream(MessageDigest digest, InputStream in) throws IOException {
    try (DigestInputStream through = new DigestInputStream(in, digest)) {
      through.transferTo(java.io.OutputStream.nullOutputStream());
    }
    // The stream's end is marked so that two files cannot run into one.
    digest.update((byte) 0);
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
