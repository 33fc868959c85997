package dev.hindsight.analysis.search;

import static dev.hindsight.analysis.search.IncidentIndexFields.CATEGORY;
import static dev.hindsight.analysis.search.IncidentIndexFields.CAUSE;
import static dev.hindsight.analysis.search.IncidentIndexFields.COMPONENT;
import static dev.hindsight.analysis.search.IncidentIndexFields.DETECTION;
import static dev.hindsight.analysis.search.IncidentIndexFields.DURATION;
import static dev.hindsight.analysis.search.IncidentIndexFields.FAILURE_CLASS;
import static dev.hindsight.analysis.search.IncidentIndexFields.HYPOTHESIS;
import static dev.hindsight.analysis.search.IncidentIndexFields.ID;
import static dev.hindsight.analysis.search.IncidentIndexFields.ID_SORT;
import static dev.hindsight.analysis.search.IncidentIndexFields.QUARTER;
import static dev.hindsight.analysis.search.IncidentIndexFields.SERVICE;
import static dev.hindsight.analysis.search.IncidentIndexFields.SOURCE;
import static dev.hindsight.analysis.search.IncidentIndexFields.SOURCE_KEY;
import static dev.hindsight.analysis.search.IncidentIndexFields.START;
import static dev.hindsight.analysis.search.IncidentIndexFields.SUMMARY;
import static dev.hindsight.analysis.search.IncidentIndexFields.TEXT;
import static dev.hindsight.analysis.search.IncidentIndexFields.TITLE;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes incidents into a Lucene index one at a time, so a corpus of any size streams through without being
 * held; {@link #write} builds a whole index beside the target folder and renames it into place.
 */
public final class IncidentIndexWriter implements Closeable {

  // The cause is highlighted in every result: offsets in the postings spare re-analysing it per hit.
  private static final FieldType CAUSE_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    CAUSE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    CAUSE_TYPE.freeze();
  }

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = IncidentIndexFields.facetsConfig();
  private final boolean mergeOnClose;
  private long count;

  private IncidentIndexWriter(Path dir, IndexWriterConfig.OpenMode mode, boolean mergeOnClose) throws IOException {
    this.directory = FSDirectory.open(dir);
    // A larger buffer than Lucene's 16 MB flushes fewer small segments, so less is merged again on close. Documents
    // are kept in id order, so within a segment the smaller doc id is the smaller id: a search can then skip the
    // matches that tie with its last result instead of comparing ids over all of them (see ScoreThenIdRanking).
    IndexWriterConfig config = new IndexWriterConfig(IncidentAnalyzer.forIndexing()).setOpenMode(mode)
        .setRAMBufferSizeMB(64)
        .setIndexSort(IncidentIndexFields.ID_ORDER);
    this.writer = new IndexWriter(directory, config);
    this.mergeOnClose = mergeOnClose;
    this.count = writer.getDocStats().numDocs;
  }

  /** A writer that replaces whatever index is in {@code dir} (creating the folder) once closed. */
  public static IncidentIndexWriter create(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new IncidentIndexWriter(dir, IndexWriterConfig.OpenMode.CREATE, true);
  }

  /**
   * Like {@link #create}, for gathering a few {@link #addShards shards} that are each one segment already: it keeps
   * their segments rather than rewriting every document into one, which costs more than a search saves.
   */
  public static IncidentIndexWriter combining(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new IncidentIndexWriter(dir, IndexWriterConfig.OpenMode.CREATE, false);
  }

  /**
   * A writer that changes the index already in {@code dir}: a rerun deletes the incidents of changed files and adds
   * new ones instead of indexing everything again. It does not merge to one segment on close; Lucene's merge policy
   * folds small segments and deletions in as they accumulate.
   */
  public static IncidentIndexWriter append(Path dir) throws IOException {
    return new IncidentIndexWriter(dir, IndexWriterConfig.OpenMode.APPEND, false);
  }

  /** Deletes the incident of each of {@code sources} (exact names), if indexed. */
  public void deleteSources(Iterator<String> sources) throws IOException {
    List<Term> batch = new ArrayList<>();
    while (sources.hasNext()) {
      batch.add(new Term(SOURCE_KEY, sources.next()));
      if (batch.size() == 1_000 || !sources.hasNext()) {
        writer.deleteDocuments(batch.toArray(new Term[0]));
        batch.clear();
      }
    }
  }

  /**
   * Builds an index of {@code incidents} in a sibling of {@code dir} and renames it into place, so a reader sees
   * the previous index or the new one, never half of either. Returns how many incidents were written.
   */
  public static long write(Path dir, Iterator<SearchableIncident> incidents) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path staging = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
    long written;
    try (IncidentIndexWriter writer = create(staging)) {
      while (incidents.hasNext()) {
        writer.add(incidents.next());
      }
      written = writer.count();
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
    Path aside = null;
    if (Files.exists(target)) {
      aside = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID());
      Files.move(target, aside);
    }
    try {
      Files.move(staging, target);
    } catch (IOException e) {
      if (aside != null) {
        Files.move(aside, target);
      }
      deleteTree(staging);
      throw e;
    }
    if (aside != null) {
      deleteTree(aside);
    }
    return written;
  }

  /**
   * Adds whole indexes built elsewhere (shards written in parallel, one per partition) by copying their segments,
   * without analysing any document again.
   */
  public void addShards(List<Path> shards) throws IOException {
    List<FSDirectory> opened = new ArrayList<>();
    try {
      for (Path shard : shards) {
        opened.add(FSDirectory.open(shard));
      }
      writer.addIndexes(opened.toArray(new FSDirectory[0]));
      count = writer.getDocStats().numDocs;
    } finally {
      for (FSDirectory shard : opened) {
        shard.close();
      }
    }
  }

  /** Adds one incident. */
  public void add(SearchableIncident incident) throws IOException {
    writer.addDocument(facets.build(document(incident)));
    count++;
  }

  /** How many incidents the index holds: exact after {@link #close}, before it not counting pending deletions. */
  public long count() {
    return count;
  }

  /**
   * Commits and closes (a {@link #create}d index merged into one segment first); the index is complete only after
   * this. One segment is written once and searched many times: queries and facet counts then walk one set of
   * postings and doc values, not many.
   */
  @Override
  public void close() throws IOException {
    try (directory; writer) {
      if (mergeOnClose) {
        writer.forceMerge(1);
      }
      writer.commit();
      // Deletions are applied by the commit; only now is the number of documents final.
      count = writer.getDocStats().numDocs;
    }
  }

  private static Document document(SearchableIncident in) {
    Document doc = new Document();
    exact(doc, ID, in.id());
    doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(in.id())));
    doc.add(new TextField(TITLE, in.title(), Field.Store.YES));
    exact(doc, SOURCE, in.source());
    doc.add(new StringField(SOURCE_KEY, in.source(), Field.Store.NO));
    exact(doc, QUARTER, in.quarter());
    doc.add(new SortedSetDocValuesFacetField(QUARTER, in.quarter()));
    in.start().ifPresent(start -> {
      long minute = Math.floorDiv(start.getEpochSecond(), 60);
      doc.add(new LongPoint(START, minute));
      doc.add(new NumericDocValuesField(START, minute));
      doc.add(new StoredField(START, minute));
    });
    in.durationMinutes().ifPresent(minutes -> {
      doc.add(new LongPoint(DURATION, minutes));
      doc.add(new NumericDocValuesField(DURATION, minutes));
      doc.add(new StoredField(DURATION, minutes));
    });
    exact(doc, CATEGORY, in.category());
    doc.add(new SortedSetDocValuesFacetField(CATEGORY, in.category()));
    exact(doc, COMPONENT, in.component());
    doc.add(new SortedSetDocValuesFacetField(COMPONENT, in.component()));
    in.failureClass().ifPresent(c -> exact(doc, FAILURE_CLASS, c));
    for (String service : in.services()) {
      doc.add(new TextField(SERVICE, service, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SERVICE, service));
    }
    for (String hypothesis : in.hypotheses()) {
      exact(doc, HYPOTHESIS, hypothesis);
      doc.add(new SortedSetDocValuesFacetField(HYPOTHESIS, hypothesis));
    }
    exact(doc, DETECTION, in.detection());
    if (!in.cause().isEmpty()) {
      doc.add(new Field(CAUSE, in.cause(), CAUSE_TYPE));
    }
    if (!in.summary().isEmpty()) {
      doc.add(new TextField(SUMMARY, in.summary(), Field.Store.YES));
    }
    doc.add(new TextField(TEXT, in.text(), Field.Store.NO));
    return doc;
  }

  /** An exact value: matched in lower case, as the query analyzer reads it, and stored as written. */
  private static void exact(Document doc, String field, String value) {
    doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new StoredField(field, value));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
