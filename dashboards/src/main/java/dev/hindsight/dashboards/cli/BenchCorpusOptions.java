package dev.hindsight.dashboards.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every benchmark shares: which postmortems to cycle into a corpus, and where corpora are kept. */
final class BenchCorpusOptions {

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = ReportCommand.DEFAULT_INPUT,
      description = "The postmortems to cycle into the corpus (default ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--work", paramLabel = "DIR", description = "Where corpora, indexes and reports are built and kept "
      + "for the next bench (default: hindsight-bench under the system temporary folder).")
  Path work;

  /** The folder corpora are built in. */
  Path folder() {
    return work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "hindsight-bench");
  }
}
