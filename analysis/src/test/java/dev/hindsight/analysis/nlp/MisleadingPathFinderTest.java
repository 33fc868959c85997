package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MisleadingPathFinderTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();

  /** Parsed, split and event-classified, with the root cause the cause stage would give. */
  private static Incident prepared(String markdown, Optional<RootCause> cause) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    Incident split = new TimelineEventClassifier().apply(new SentenceSplitter(NlpModels.get()).apply(parsed));
    return cause.isPresent() ? split.with(e -> e.withRootCause(cause.get())) : split;
  }

  private static List<MisleadingPath> paths(String markdown, Optional<RootCause> cause) {
    return new MisleadingPathFinder().apply(prepared(markdown, cause)).enrichment().misleadingPaths();
  }

  private static List<String> hypotheses(String markdown, Optional<RootCause> cause) {
    return paths(markdown, cause).stream().map(MisleadingPath::hypothesis).toList();
  }

  private static Optional<RootCause> cause(String category, String component) {
    return Optional.of(new RootCause(category, component, "", 0.9, "test"));
  }

  private static final String POOL_WEIGHTS = """
      # Checkout errors on a Tuesday

      ## Summary
      On March 4, 2025 from 14:00 to 15:10 UTC the checkout API failed for about half of the requests.

      ## Root Cause
      A wrong weight in the load balancer pool sent every request to a single node.

      ## Timeline
      - 14:00 UTC - The error rate alert fires.
      - 14:10 UTC - Request counts looked odd, so we suspected a DDoS attack and asked the provider for traffic reports.
      - 14:40 UTC - Traffic sources were ordinary; the attack theory was ruled out.
      - 14:50 UTC - The pool weights on the load balancer were found to be wrong.
      - 15:10 UTC - Weights corrected and checkout restored.
      """;

  @Test
  void suspectedDdosThatWasRuledOutIsAnAttackPath() {
    List<MisleadingPath> found = paths(POOL_WEIGHTS, cause("misconfiguration", "load-balancer"));

    assertEquals(List.of("attack"), found.stream().map(MisleadingPath::hypothesis).toList());
    assertTrue(found.get(0).text().contains("suspected a DDoS attack"), found.get(0).text());
  }

  @Test
  void minutesLostRunFromSuspicionToRuledOut() {
    MisleadingPath attack = paths(POOL_WEIGHTS, cause("misconfiguration", "load-balancer")).get(0);

    assertEquals(OptionalLong.of(30), attack.minutesLost());
    assertEquals("2025-03-04T14:10+00:00", attack.start().flatMap(dev.hindsight.ingest.Moment::iso).orElseThrow());
    assertEquals("2025-03-04T14:40+00:00", attack.end().flatMap(dev.hindsight.ingest.Moment::iso).orElseThrow());
  }

  @Test
  void evidenceNamesTheCuesThatMarkedThePath() {
    MisleadingPath attack = paths(POOL_WEIGHTS, cause("misconfiguration", "load-balancer")).get(0);

    assertTrue(attack.evidence().contains("suspected"), attack.evidence());
    assertTrue(attack.evidence().contains("ruled out"), attack.evidence());
  }

  @Test
  void realCauseIsNeverAMisleadingPath() {
    String text = """
        # Slow search

        ## Timeline
        - 09:00 - Latency alert on the search API.
        - 09:05 - The on-call engineer suspected the database and looked at slow query logs.
        - 09:30 - An index had been dropped by last night's migration; the database was the cause after all.
        - 09:45 - Index rebuilt, latency normal again.
        """;

    assertFalse(hypotheses(text, cause("misconfiguration", "database")).contains("database"));
  }

  @Test
  void realCauseShownWrongEarlierIsStillNotAPath() {
    String text = """
        # Queue backlog

        ## Timeline
        - 11:00 - Orders pile up in the queue.
        - 11:10 - The broker looked healthy at first glance, so the team suspected the payment provider.
        - 11:40 - The provider answered normally; provider ruled out.
        - 12:00 - A consumer setting in the queue was found to cap the workers at one.
        """;

    List<String> found = hypotheses(text, cause("misconfiguration", "queue"));

    assertEquals(List.of("third-party"), found);
  }

  @Test
  void symptomTheCauseExplainsIsNotAWrongTurn() {
    String text = """
        # Login slowdown

        ## Root Cause
        A bad rule on the load balancer sent all logins to one backend, which overloaded the database behind it.

        ## Timeline
        - 08:00 - Login latency alert.
        - 08:10 - First look pointed at the database, which was overloaded.
        - 08:40 - The load balancer rule was found and fixed.
        """;

    assertEquals(List.of(), hypotheses(text, cause("misconfiguration", "load-balancer")));
  }

  @Test
  void suspicionTheCauseConfirmsIsNotAPath() {
    String text = """
        # Broken profile pages

        ## Root Cause
        The release shipped that morning had a bug in the profile template.

        ## Timeline
        - 10:00 - Users report blank profile pages.
        - 10:05 - We assumed the morning release was to blame and read its diff.
        - 10:20 - The template bug in the release was found and rolled back.
        """;

    assertEquals(List.of(), hypotheses(text, cause("bad-change", "application")));
  }

  @Test
  void redHerringKeysTheHypothesisInItsOwnClause() {
    String text = """
        # Image uploads failing

        ## What happened
        The storage bucket policy had been replaced by a stricter one.
        The cache cluster was a red herring; it only looked busy because clients retried.
        """;

    assertEquals(List.of("cache"), hypotheses(text, cause("misconfiguration", "storage")));
  }

  @Test
  void checkedFirstAndFoundRunningIsAWebServerPath() {
    String text = """
        # Blank home page

        ## Debugging
        1. Checked the process list: both nginx workers were properly running.
        2. Traced a request and saw the app open a template path with a typo.
        3. Fixed the typo in the app settings file.
        """;

    assertEquals(List.of("web-server"), hypotheses(text, cause("software-bug", "application")));
  }

  @Test
  void misleadingPathsHeadingMarksEverySentenceUnderIt() {
    String text = """
        # Report exports stalled

        ## Misleading paths
        We spent a while on the CDN configuration.
        Somebody also went through the firewall rules.

        ## Root cause
        The export worker had run out of disk space.
        """;

    assertEquals(List.of("cdn", "network"), hypotheses(text, cause("resource-exhaustion", "storage")));
  }

  @Test
  void hypothesisNamedAfterTheCulpritIsNotAPath() {
    String text = """
        # Missing avatars

        ## Summary
        We chased red herrings in the DNS records before finding the real culprit in the cache layer.
        """;

    assertEquals(List.of("dns"), hypotheses(text, Optional.empty()));
  }

  @Test
  void findingReportedByAnInitialInvestigationIsNoSuspicion() {
    String text = """
        # Workers crash looping

        ## Timeline
        - 07:00 - Initial investigation revealed that every Kubernetes pod was restarting.
        - 07:30 - A kernel update on the nodes had removed a library the workers need.
        """;

    assertEquals(List.of(), hypotheses(text, cause("bad-change", "os")));
  }

  @Test
  void dropTimeWrittenInTheSentenceEndsThePath() {
    String text = """
        # Chat reconnect storm

        ## Timeline
        - 2:30 PM UTC - On-call suspects the hosts are overloaded and checks CPU and memory; both were fine, so server resources were ruled out by 2:45 PM UTC.
        - 3:20 PM UTC - The file descriptor limit on one gateway was found to be 1024.
        """;

    MisleadingPath path = paths(text, cause("misconfiguration", "os")).get(0);

    assertEquals("server-resources", path.hypothesis());
    assertEquals(OptionalLong.of(15), path.minutesLost());
  }

  @Test
  void withoutACauseStageTheRootCauseSectionStillExcludesTheRealCause() {
    String text = """
        # Slow pages

        ## Root Cause
        The Redis cache ran out of memory during the sale.

        ## Timeline
        - 18:00 - Pages slow.
        - 18:05 - The team initially assumed the database was slow; query times were normal and it was ruled out.
        - 18:30 - The cache was found evicting every key; it was the real problem.
        """;

    assertEquals(List.of("database"), hypotheses(text, Optional.empty()));
  }

  @Test
  void rejectedIncidentPassesThroughUnchanged() {
    Incident rejected = Incident.rejected(dev.hindsight.ingest.RejectedSource.unread("bad.md", "unreadable"));

    assertEquals(rejected, new MisleadingPathFinder().apply(rejected));
  }
}
