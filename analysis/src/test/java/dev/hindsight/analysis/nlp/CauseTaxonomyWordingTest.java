package dev.hindsight.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hindsight.ingest.DocumentFormat;
import dev.hindsight.ingest.PostmortemParser;
import dev.hindsight.ingest.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typical wording the taxonomy gives for each category (taxonomy.md), each put as the root
 * cause of a one-line postmortem. "unknown" as the expected component means the sentence names none.
 */
class CauseTaxonomyWordingTest {

  private static final PostmortemParser PARSER = PostmortemParser.standard();
  private static final CauseClassifier STAGE = new CauseClassifier();

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(delimiter = '|', value = {
      "misconfiguration/load-balancer|The outage was caused by a misconfigured load balancer.",
      "misconfiguration/web-server|nginx was listening on port 8080 instead of 80.",
      "misconfiguration/os|The ulimit on the worker hosts was too low.",
      "misconfiguration/dns|A wrong DNS record sent traffic to the old servers.",
      "misconfiguration/network|A firewall rule blocked traffic from the office network.",
      "bad-change/application|The errors started after the 2.3 release of the API.",
      "bad-change/database|A schema migration locked the orders table.",
      "bad-change/dns|The upgrade of CoreDNS broke name resolution inside the cluster.",
      "bad-change/container-platform|The deployment pipeline replaced the CNI plugin on every node of the Kubernetes cluster.",
      "software-bug/application|A typo in wp-settings.php (.phpp) broke every page.",
      "software-bug/application|A race condition in the order service created duplicate orders.",
      "software-bug/application|A memory leak in the worker made it crash every few hours.",
      "resource-exhaustion/storage|The disk filled with logs.",
      "resource-exhaustion/unknown|A traffic spike overwhelmed the servers.",
      "resource-exhaustion/database|The database connection pool was exhausted.",
      "dependency-failure/cloud-provider|The AWS us-east-1 outage took our API down.",
      "dependency-failure/third-party|The payment provider API was down for an hour.",
      "hardware-failure/unknown|A power loss in one data center took half the fleet offline.",
      "hardware-failure/storage|A failed SSD in the primary database host stopped all writes.",
      "network-failure/network|A network partition between zones split the cluster.",
      "security-incident/network|A DDoS attack flooded the website with requests.",
      "security-incident/auth|A compromised API key let an attacker read customer records.",
      "expiry-or-time/certificate|The TLS certificate expired.",
      "expiry-or-time/unknown|The leap second made the scheduler spin.",
      "human-error/database|An engineer ran the cleanup script against production and deleted the sessions table.",
      "human-error/dns|An engineer deleted the DNS record for the API by mistake.",
      "misconfiguration/cdn|The CDN cached error pages for a day because its caching rules were wrong.",
      "expiry-or-time/auth|The JWT signing key expired and every login failed.",
      "security-incident/auth|A credential stuffing attack locked out thousands of accounts on the login service.",
      "network-failure/dns|Our DNS provider had a resolution outage in Europe."
  })
  void readsTheTaxonomysTypicalWording(String expected, String sentence) {
    String markdown = "# Incident\n\n## Root cause\n\n" + sentence + "\n";
    Incident parsed = Incident.of(PARSER.parse(SourceDocument.ofText("x.md", DocumentFormat.MARKDOWN, markdown)));
    Incident split = new SentenceSplitter(NlpModels.get()).apply(parsed);
    RootCause rc = STAGE.apply(split).enrichment().rootCause().orElseThrow();
    assertEquals(expected, rc.category() + "/" + (expected.endsWith("/unknown") ? "unknown" : rc.component()));
  }
}
