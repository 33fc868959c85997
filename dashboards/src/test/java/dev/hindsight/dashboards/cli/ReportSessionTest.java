package dev.hindsight.dashboards.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hindsight.analysis.spark.ReportJob;
import dev.hindsight.ingest.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.SparkEnv;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's Spark session keeps to the machine: it listens on the loopback address only, serves no UI, and while a
 * report runs every TCP socket of the JVM is bound to and connected with loopback addresses. The socket check reads
 * Linux's /proc (this JVM's socket inodes against /proc/net/tcp and tcp6) and is skipped elsewhere.
 */
class ReportSessionTest {

  @Test
  void aLocalReportListensOnLoopbackOnlyAndConnectsNowhereElse(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of(IndexCommandTest.SAMPLES, "hs-01-lb-weights.md"), corpus.resolve("hs-01-lb-weights.md"));
    SparkSession spark = ReportSession.start("local[2]");
    try {
      assertEquals("127.0.0.1", spark.conf().get("spark.driver.bindAddress"));
      assertEquals("127.0.0.1", spark.conf().get("spark.driver.host"));
      assertEquals("false", spark.conf().get("spark.ui.enabled"));
      assertEquals("127.0.0.1", SparkEnv.get().rpcEnv().address().host());
      assertEquals("127.0.0.1", SparkEnv.get().blockManager().blockManagerId().host());

      new ReportJob(spark).run(new ReportJob.Parameters(List.of(corpus.toString()), dir.resolve("out").toString(),
          SourceReader.DEFAULT_MAX_BYTES));

      List<String> sockets = tcpSocketsOfThisJvm();
      assertTrue(!sockets.isEmpty(), "the driver listens on at least one socket");
      for (String socket : sockets) {
        assertTrue(socket.matches("(?:0100007F|0000000000000000FFFF00000100007F|00000000000000000000000001000000):\\w+ "
            + "(?:0100007F|00000000|0000000000000000FFFF00000100007F|00000000000000000000000001000000"
            + "|00000000000000000000000000000000):\\w+"), "a socket off loopback (local remote, hex): " + socket);
      }
    } finally {
      spark.stop();
    }
  }

  /** "local remote" addresses, as /proc/net/tcp writes them, of every TCP socket this JVM holds. */
  private static List<String> tcpSocketsOfThisJvm() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds) && Files.isReadable(Path.of("/proc/net/tcp")),
        "Skipped: no Linux /proc to read this JVM's sockets from.");
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> links = Files.list(fds)) {
      for (Path link : links.toList()) {
        try {
          String target = Files.readSymbolicLink(link).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // A descriptor closed while listing is not a socket we hold.
        }
      }
    }
    List<String> sockets = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 9 && inodes.contains(fields[9])) {
          sockets.add(fields[1] + " " + fields[2]);
        }
      }
    }
    return sockets;
  }
}
