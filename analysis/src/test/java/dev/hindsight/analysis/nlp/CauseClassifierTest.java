package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.RejectedSource;
import dev.hindsight.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/** The root cause stage on small hand-written postmortems, one behaviour each. */
class CauseClassifierTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final CauseClassifier STAGE = new CauseClassifier();

  private static RootCause cause(String markdown) {
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    Incident split = new SentenceSplitter(NlpModels.get()).apply(parsed);
    return STAGE.apply(split).enrichment().rootCause().orElseThrow();
  }

  @Test
  void readsComponentWhereTheFaultLayNotWhereUsersSawIt() {
    RootCause rc = cause("""
        # Sign-in outage

        ## Summary
        The login service returned errors to every user for forty minutes.

        ## Root cause
        The login service was unreachable because the load balancer in front of it was misconfigured after a manual edit.
        """);
    assertEquals("misconfiguration/load-balancer", rc.failureClass());
  }

  @Test
  void ignoresNegatedCause() {
    RootCause rc = cause("""
        # Slow reports

        ## Root cause
        The issue was not database-related. The report workers filled the disk of the shared volume with temporary files, so writes failed.
        """);
    assertNotEquals("database", rc.component());
    assertEquals("storage", rc.component());
  }

  @Test
  void readsJokeAboutTheLoadBalancer() {
    RootCause rc = cause("""
        # Friday fun

        ## Root cause
        Our load balancer decided to showcase its interpretive dance skills and sent every visitor to a server that was switched off.
        """);
    assertEquals("load-balancer", rc.component());
  }

  @Test
  void deployBlamedIsBadChange() {
    RootCause rc = cause("""
        # Checkout errors

        ## Root cause
        Yesterday's deployment of the cart service introduced a null pointer exception when a basket held a gift card.
        """);
    assertEquals("bad-change/application", rc.failureClass());
  }

  @Test
  void wrongConfigurationStateIsMisconfigurationEvenWhenAChangeBroughtIt() {
    RootCause rc = cause("""
        # Blocked traffic

        ## Root cause
        A misconfigured firewall rule, added during a routine security update, blocked all traffic to the API hosts.
        """);
    assertEquals("misconfiguration/network", rc.failureClass());
  }

  @Test
  void operatorActionIsHumanError() {
    RootCause rc = cause("""
        # Lost sessions

        ## Root cause
        An engineer accidentally ran the cleanup script against the production database instead of the test one.
        """);
    assertEquals("human-error/database", rc.failureClass());
  }

  @Test
  void typoInACodeFileIsASoftwareBugOfTheApplication() {
    RootCause rc = cause("""
        # Blank pages

        ## Root cause
        A typo in bootstrap.php made the site load helpers.phpp, a file that does not exist.
        """);
    assertEquals("software-bug/application", rc.failureClass());
  }

  @Test
  void webServerConfigErrorIsMisconfigurationOfTheWebServer() {
    RootCause rc = cause("""
        # Site down

        ## Root cause
        A missing semicolon in the nginx site configuration stopped nginx from starting after the reload.
        """);
    assertEquals("misconfiguration/web-server", rc.failureClass());
  }

  @Test
  void loadBalancerSettingIsMisconfigurationOfTheLoadBalancer() {
    RootCause rc = cause("""
        # Everything unhealthy

        ## Root cause
        The health check path on the load balancer was wrong, so every backend was marked down.
        """);
    assertEquals("misconfiguration/load-balancer", rc.failureClass());
  }

  @Test
  void connectionPoolLimitLiesInTheDatabase() {
    RootCause rc = cause("""
        # Timeouts at noon

        ## Root cause
        The connection pool limit was set too low for the lunchtime peak, so requests queued until they timed out.
        """);
    assertEquals("misconfiguration/database", rc.failureClass());
  }

  @Test
  void readsHedgedCause() {
    RootCause rc = cause("""
        # Evicted carts

        ## Root cause
        We believe the most likely explanation is a traffic surge that ran the session cache out of memory.
        """);
    assertEquals("resource-exhaustion/cache", rc.failureClass());
  }

  @Test
  void readsCauseIdentifiedInTheTimeline() {
    RootCause rc = cause("""
        # Mobile app errors

        ## Timeline
        - 09:10 - Alerts fire for failed API calls from the mobile app.
        - 09:40 - Identified an expired TLS certificate on the API gateway as the root cause.
        - 09:55 - Certificate renewed; errors stop.
        """);
    assertEquals("expiry-or-time/certificate", rc.failureClass());
  }

  @Test
  void ignoresWrongTurns() {
    RootCause rc = cause("""
        # Slow search

        ## Timeline
        - 14:00 - Initially assumed the database was overloaded and checked its query times.
        - 14:20 - Database ruled out; it was a red herring.
        - 14:35 - Found that a cache node had failed and every query missed the cache.

        ## Root cause
        A failed cache node sent every search to the backends.
        """);
    assertEquals("cache", rc.component());
  }

  @Test
  void providerOutageIsDependencyFailure() {
    RootCause rc = cause("""
        # Card payments failing

        ## Root cause
        Our payment provider had an outage of their card authorisation API; nothing on our side was at fault.
        """);
    assertEquals("dependency-failure/third-party", rc.failureClass());
  }

  @Test
  void saysUnknownWhenTheTextDoesNotSay() {
    RootCause rc = cause("""
        # Outage on Tuesday

        ## Summary
        The site was unavailable for an hour on Tuesday afternoon. We are still looking into it.
        """);
    assertEquals("unknown/unknown", rc.failureClass());
  }

  private static final String QUEUE_OUT_OF_DISK = """
      # Queue stalled

      ## Root cause
      The message queue ran out of disk space on its broker nodes.
      """;

  @Test
  void explainsWhichPhraseDecided() {
    RootCause rc = cause(QUEUE_OUT_OF_DISK);
    assertTrue(rc.evidence().contains("\"out of disk space\""), rc.evidence());
    assertTrue(rc.evidence().contains("\"message queue\""), rc.evidence());
    assertTrue(rc.text().startsWith("The message queue ran out"), rc.text());
  }

  @Test
  void evidenceGivesEachScoreToOneDecimalAndEachShareAsAWholePercent() {
    RootCause rc = cause(QUEUE_OUT_OF_DISK);
    assertTrue(rc.evidence().matches("lexicon: category \\S+ \\d+\\.\\d \\(\\d{1,3}%\\) from \"[^\"]+\" in \\S+; "
        + "component \\S+ \\d+\\.\\d \\(\\d{1,3}%\\) from \"[^\"]+\" in \\S+"), rc.evidence());
  }

  @Test
  void rejectedIncidentPassesThrough() {
    Incident rejected = Incident.rejected(RejectedSource.unread("gone.md", "the file could not be read"));
    assertSame(rejected, STAGE.apply(rejected));
  }
}
