package dev.hindsight.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchableIncidentTest {

  private static SearchableIncident incident(String id, String cause, String summary, String text) {
    return new SearchableIncident(id, "Title " + id, "/pm/" + id + ".md", Optional.empty(), OptionalLong.empty(),
        "unknown", "unknown", List.of(), List.of(), "unknown", cause, summary, text);
  }

  @Test
  void textThatHoldsTheCauseAndSummaryIsKeptAsItIs() {
    String text = "Summary\nThe queue stalled.\nRoot cause\nA consumer deadlocked on its own lock.";
    assertEquals(text, incident("a", "A consumer deadlocked on its own lock.", "The queue stalled.", text).text());
  }

  @Test
  void causeLineTheTextLacksIsAddedAtItsEnd() {
    assertEquals("The queue stalled.\nA consumer deadlocked.",
        incident("a", "A consumer deadlocked.", "", "The queue stalled.").text());
  }

  @Test
  void partOfALongerWordDoesNotCountAsHeld() {
    // "lock" appears inside "deadlocked" only, which is not the word "lock".
    assertEquals("A consumer deadlocked.\nlock", incident("a", "lock", "", "A consumer deadlocked.").text());
  }

  @Test
  void eachSummaryLineIsCheckedOnItsOwn() {
    String text = "Impact\nCheckout failed.\nTimeline\n10:00 alert\nSummary\nOrders were lost.";
    assertEquals(text + "\nRefunds were late.",
        incident("a", "", "Checkout failed.\nOrders were lost.\nRefunds were late.", text).text());
  }

  @Test
  void wordsOfACauseTheDocumentNeverSaidAreFoundWithWordsOfTheText(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    IncidentIndexWriter.write(index, List.of(
        incident("a", "Thermal throttling of the storage nodes.", "", "Writes slowed down after the upgrade."),
        incident("b", "", "", "Writes slowed down after the upgrade.")).iterator());
    try (IncidentSearcher searcher = IncidentSearcher.open(index)) {
      SearchResults r = assertInstanceOf(SearchResults.class, searcher.search("throttling upgrade", 10));
      assertEquals(List.of("a"), r.hits().stream().map(SearchHit::id).toList());
    }
  }
}
