package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreThenIdRankingTest {

  @TempDir static Path dir;
  private static IncidentSearcher searcher;
  private static List<String> idsInOrder;

  /** The samples in two segments whose ids interleave: every other id in the first, the rest appended after. */
  @BeforeAll
  static void buildTwoSegmentIndex() throws IOException {
    List<SearchableIncident> all = new ArrayList<>(
        SampleIndex.incidents().stream().map(SearchableIncident::of).toList());
    all.sort(Comparator.comparing(SearchableIncident::id));
    idsInOrder = all.stream().map(SearchableIncident::id).toList();
    // Written in reverse, so the order of adding is no help.
    List<SearchableIncident> even = new ArrayList<>();
    List<SearchableIncident> odd = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      (i % 2 == 0 ? even : odd).add(all.get(i));
    }
    Path index = dir.resolve("index");
    try (IncidentIndexWriter writer = IncidentIndexWriter.create(index)) {
      for (SearchableIncident s : even) {
        writer.add(s);
      }
    }
    try (IncidentIndexWriter writer = IncidentIndexWriter.append(index)) {
      for (SearchableIncident s : odd) {
        writer.add(s);
      }
    }
    searcher = IncidentSearcher.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void indexWriterKeepsEverySegmentInIdOrder() {
    IndexSearcher lucene = searcher.indexSearcher();
    assertEquals(2, lucene.getIndexReader().leaves().size());
    assertTrue(ScoreThenIdRanking.applies(lucene.getIndexReader()));
  }

  @Test
  void equalScoresAcrossSegmentsGoToTheSmallerId() throws IOException {
    SearchResults all = (SearchResults) searcher.search("*:*", 7);
    assertEquals(idsInOrder.subList(0, 7), ids(all));
    assertEquals(idsInOrder.size(), all.total());
  }

  @Test
  void ranksAsSortingEveryMatchByScoreThenId() throws Exception {
    IndexSearcher lucene = searcher.indexSearcher();
    for (String text : List.of("lb", "database", "\"connection pool\"", "category:misconfiguration",
        "disk OR duration:[60 TO *]", "certificate expired")) {
      Query query = new IncidentQueryParser(IncidentAnalyzer.forQueries()).parse(text);
      for (int limit : new int[] {1, 3, 10}) {
        TopDocs fast = lucene.search(query, new ScoreThenIdRanking(limit));
        TopDocs sorted = lucene.search(query, limit, IncidentSearcher.BY_SCORE_THEN_ID, true);
        assertEquals(docs(sorted), docs(fast), text + " limit " + limit);
        for (int i = 0; i < fast.scoreDocs.length; i++) {
          assertEquals(sorted.scoreDocs[i].score, fast.scoreDocs[i].score, 1e-6, text);
        }
      }
    }
  }

  @Test
  void indexWithoutIdOrderIsNotRankedThisWay() throws Exception {
    Path plain = dir.resolve("plain");
    try (FSDirectory d = FSDirectory.open(plain);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField(IncidentIndexFields.ID, "x", Field.Store.YES));
      writer.addDocument(doc);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        assertFalse(ScoreThenIdRanking.applies(reader));
      }
    }
  }

  private static List<Integer> docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(d -> d.doc).toList();
  }
}
