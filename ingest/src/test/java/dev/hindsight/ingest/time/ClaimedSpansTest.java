package dev.hindsight.ingest.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimedSpansTest {

  @Test
  void aSpanSharingACharacterWithAClaimOverlapsIt() {
    ClaimedSpans claimed = new ClaimedSpans();
    claimed.claim(10, 15);
    assertTrue(claimed.overlaps(14, 20));
    assertTrue(claimed.overlaps(5, 11));
    assertTrue(claimed.overlaps(12, 13));
    assertTrue(claimed.overlaps(0, 40));
  }

  @Test
  void spansThatOnlyTouchAClaimDoNotOverlapIt() {
    ClaimedSpans claimed = new ClaimedSpans();
    claimed.claim(10, 15);
    assertFalse(claimed.overlaps(15, 20));
    assertFalse(claimed.overlaps(5, 10));
  }

  @Test
  void claimsMadeOutOfOrderAreAllKept() {
    ClaimedSpans claimed = new ClaimedSpans();
    for (int start : new int[] {50, 10, 90, 30, 70, 0, 20, 60, 80, 40, 100}) {
      claimed.claim(start, start + 5);
    }
    for (int start = 0; start <= 100; start += 10) {
      assertTrue(claimed.overlaps(start + 4, start + 6), "claim at " + start);
      assertFalse(claimed.overlaps(start + 5, start + 10), "gap after " + start);
    }
  }

  @Test
  void claimingAnOverlappingSpanIsRefused() {
    ClaimedSpans claimed = new ClaimedSpans();
    claimed.claim(10, 15);
    assertThrows(IllegalStateException.class, () -> claimed.claim(12, 18));
    assertThrows(IllegalArgumentException.class, () -> claimed.claim(20, 20));
  }

  @Test
  void answersAsAPlainListOfClaimsWould() {
    Random random = new Random(7);
    ClaimedSpans claimed = new ClaimedSpans();
    boolean[] taken = new boolean[500];
    for (int i = 0; i < 2_000; i++) {
      int start = random.nextInt(490);
      int end = start + 1 + random.nextInt(9);
      boolean expected = false;
      for (int c = start; c < end; c++) {
        expected |= taken[c];
      }
      assertTrue(expected == claimed.overlaps(start, end), "[" + start + ", " + end + ")");
      if (!expected && random.nextInt(4) == 0) {
        claimed.claim(start, end);
        for (int c = start; c < end; c++) {
          taken[c] = true;
        }
      }
    }
  }
}
