package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.nlp.Incident;
import dev.hindsight.analysis.nlp.IncidentJson;
import dev.hindsight.analysis.search.SearchableIncident;
import dev.hindsight.ingest.ContentHash;
import dev.hindsight.ingest.DecodedText;
import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import dev.hindsight.ingest.SourceReader;
import dev.hindsight.ingest.TextDecoder;
import dev.hindsight.ingest.Warning;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns listed files ({@code source}, {@code path}, {@code length}, {@code problem}, as {@link InputListing} writes
 * them) into incidents rows plus their JSON record and manifest reason.
 * Every file gives exactly one row: anything that goes wrong with one document rejects that document only.
 */
final class PostmortemFileExtractor implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The JSON record contract line of the incident. */
  static final String RECORD = "record";
  /** Why the file was rejected, or the warnings of a partial one; null when ok. */
  static final String REASON = "reason";

  /** The sentence stating the cause, for the search index; null when rejected. */
  static final String CAUSE_TEXT = "cause_text";
  /** The summary, for the search index; null when rejected. */
  static final String SUMMARY_TEXT = "summary_text";
  /** The document's text (title, headings and lines), for the search index; null when rejected. */
  static final String FULL_TEXT = "full_text";

  /** SHA-256 of the file's bytes, the key of the extraction cache; null when the file was not read. */
  static final String CONTENT_HASH = "content_hash";
  /** True when the row was taken from the previous report's cache instead of being extracted (texts then null). */
  static final String REUSED = "reused";
  /** The file's length and modification time as listed, so the next run can tell it unchanged without reading it. */
  static final String LISTED_LENGTH = "listed_length";
  static final String LISTED_MODIFIED = "listed_modified";

  /**
   * {@link IncidentColumns#SCHEMA} followed by the record, the reason, the texts the search index needs, the
   * content hash and whether the row was reused.
   */
  static final StructType SCHEMA = IncidentColumns.SCHEMA
      .add(RECORD, DataTypes.StringType, false)
      .add(REASON, DataTypes.StringType, true)
      .add(CAUSE_TEXT, DataTypes.StringType, true)
      .add(SUMMARY_TEXT, DataTypes.StringType, true)
      .add(FULL_TEXT, DataTypes.StringType, true)
      .add(CONTENT_HASH, DataTypes.StringType, true)
      .add(LISTED_LENGTH, DataTypes.LongType, true)
      .add(LISTED_MODIFIED, DataTypes.LongType, true)
      .add(REUSED, DataTypes.BooleanType, false);


  private final HadoopConf conf;
  private final long maxFileBytes;

  PostmortemFileExtractor(HadoopConf conf, long maxFileBytes) {
    if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("the size limit must be between 1 byte and about 2 GB, got " + maxFileBytes);
    }
    this.conf = conf;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    // Lazy, one document at a time: a partition is never held in memory as a whole.
    return new MappedIterator<>(files, file -> extract(file.getString(0), file.getString(1),
        file.isNullAt(2) ? -1 : file.getLong(2), file.getString(3), file.isNullAt(4) ? -1 : file.getLong(4)));
  }

  /** One row for one listed file (named {@code source}, read from {@code path}), never throwing for its content. */
  Row extract(String source, String path, long length, String problem) {
    return extract(source, path, length, problem, -1);
  }

  /** As {@link #extract(String, String, long, String)}, with the listed modification time ({@code -1}: unknown). */
  Row extract(String source, String path, long length, String problem, long modified) {
    Incident incident;
    Row row;
    String record;
    String[] contentHash = {null};
    try {
      incident = problem != null ? rejectedUnread(source, problem)
          : incident(source, new Path(path), length, contentHash);
      row = IncidentRowMapper.toRow(incident);
      record = IncidentJson.line(incident);
    } catch (Exception | StackOverflowError e) {
      // A parser bug on one strange document must not cost the whole report; the manifest says what happened.
      incident = Incident.rejected(RejectedSource.unprocessable(source, e));
      row = IncidentRowMapper.toRow(incident);
      record = IncidentJson.line(incident);
    }
    Object[] values = new Object[SCHEMA.size()];
    for (int i = 0; i < row.length(); i++) {
      values[i] = row.get(i);
    }
    values[row.length()] = record;
    values[row.length() + 1] = reason(incident);
    if (incident.postmortem().isPresent()) {
      SearchableIncident searchable = SearchableIncident.of(incident);
      values[row.length() + 2] = searchable.cause();
      values[row.length() + 3] = searchable.summary();
      values[row.length() + 4] = searchable.text();
    }
    values[row.length() + 5] = contentHash[0];
    values[row.length() + 6] = length < 0 ? null : length;
    values[row.length() + 7] = modified < 0 ? null : modified;
    values[row.length() + 8] = false;
    return RowFactory.create(values);
  }

  /**
   * Whether a file of this name and listed length is read at all: a format Hindsight reads, not empty, within the
   * size limit (the listed length decides before any byte is read, so an oversized file costs nothing).
   */
  static boolean isReadable(Path path, long length, long maxFileBytes) {
    return DocumentFormat.forFileName(path.getName()).isPresent() && length > 0 && length <= maxFileBytes;
  }

  /** Up to {@code maxFileBytes + 1} bytes of the file, read without Hadoop's checksum layer. */
  static byte[] read(HadoopConf conf, Path path, long maxFileBytes) throws IOException {
    // Bounded even so: the file may have grown since it was listed.
    int atMost = Math.toIntExact(maxFileBytes + 1);
    java.net.URI uri = path.toUri();
    if ("file".equals(uri.getScheme())) {
      // A local file is read straight: for every file Hadoop's stream looks up its file system, buffers and gathers
      // I/O statistics, a few per cent of the extraction's CPU on postmortems of a few kilobytes.
      try (InputStream in = Files.newInputStream(java.nio.file.Path.of(uri))) {
        return in.readNBytes(atMost);
      }
    }
    FileSystem fs = path.getFileSystem(conf.get());
    // Inputs carry no Hadoop checksums, and looking for ".NAME.crc" fails on a name with a colon: read them raw.
    FileSystem raw = RawFileSystem.of(fs);
    try (InputStream in = raw.open(path)) {
      return in.readNBytes(atMost);
    }
  }

  private Incident incident(String source, Path path, long length, String[] hashOut) throws IOException {
    Optional<DocumentFormat> format = DocumentFormat.forFileName(path.getName());
    if (format.isEmpty()) {
      return rejectedUnread(source, path.getName() + " is not a postmortem format Hindsight reads "
          + "(.md, .markdown, .txt, .html, .htm)");
    }
    if (length > maxFileBytes) {
      return rejectedUnread(source, SourceReader.overLimit(length, maxFileBytes));
    }
    if (length == 0) {
      return Incident.rejected(new RejectedSource(source, "the file is empty", ContentHash.of(new byte[0])));
    }
    byte[] bytes;
    try {
      bytes = read(conf, path, maxFileBytes);
    } catch (FileNotFoundException | NoSuchFileException e) {
      // Hadoop's stream and java.nio's say "not found" in their own ways.
      return rejectedUnread(source, "it disappeared after it was listed (deleted or moved during the run)");
    } catch (AccessDeniedException | org.apache.hadoop.security.AccessControlException e) {
      return rejectedUnread(source, "it cannot be read: permission denied; check its permissions");
    }
    if (bytes.length > maxFileBytes) {
      return rejectedUnread(source, "the file grew past the " + SourceReader.describeSize(maxFileBytes)
          + " limit while being read; raise it with --max-file-size or split the file");
    }
    String contentHash = ContentHash.of(bytes);
    hashOut[0] = contentHash;
    if (bytes.length == 0) {
      return Incident.rejected(new RejectedSource(source, "the file is empty", contentHash));
    }
    DecodedText decoded = new TextDecoder().decode(bytes);
    if (decoded.notTextReason().isPresent()) {
      return Incident.rejected(new RejectedSource(source, decoded.notTextReason().get(), contentHash));
    }
    if (decoded.text().isBlank()) {
      return Incident.rejected(new RejectedSource(source, "the file is empty (only whitespace)", contentHash));
    }
    SourceDocument doc = new SourceDocument(source, format.get(), decoded.text(), contentHash, decoded.warnings());
    return ExtractionModels.enricher().enrich(ExtractionModels.parser().parse(doc));
  }

  private static Incident rejectedUnread(String source, String reason) {
    return Incident.rejected(RejectedSource.unread(source, reason));
  }

  /** The manifest's reason: the rejection sentence, or a partial record's warnings; null when ok. */
  static String reason(Incident incident) {
    if (incident.warnings().isEmpty()) {
      return null;
    }
    if (incident.status() == Incident.Status.REJECTED) {
      return incident.warnings().get(0).message();
    }
    return incident.warnings().stream().map(Warning::toString).collect(Collectors.joining("; "));
  }
}
