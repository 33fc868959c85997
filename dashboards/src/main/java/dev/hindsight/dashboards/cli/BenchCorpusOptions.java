package dev.hindsight.dashboards.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option every benchmark shares: where corpora, indexes and reports are built and kept between benches. */
final class BenchCorpusOptions {

  @Option(names = "--work", paramLabel = "DIR", description = "Where corpora, indexes and reports are built and kept "
      + "for the next bench (default: hindsight-bench under the system temporary folder).")
  Path work;

  /** The folder corpora are built in. */
  Path folder() {
    return work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "hindsight-bench");
  }
}
