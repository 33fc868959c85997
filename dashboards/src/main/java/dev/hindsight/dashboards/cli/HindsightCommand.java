package dev.hindsight.dashboards.cli;

import picocli.CommandLine.Command;

/** The top-level {@code hindsight} command; each capability is a subcommand. */
@Command(
    name = "hindsight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads a corpus of incident postmortems and reports causes, wrong turns, time to resolve and recurring failure classes.",
    subcommands = {ExtractCommand.class, ReportCommand.class, IndexCommand.class, SearchCommand.class, SimilarCommand.class, ScoreCommand.class, GenerateCommand.class, BenchCommand.class, TrainCauseModelCommand.class, picocli.CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the run failed (a message says why)", "2:usage error (bad option or path)"})
public final class HindsightCommand implements Runnable {

  @Override
  public void run() {
    // No subcommand: show what there is.
    new picocli.CommandLine(this).usage(System.err);
  }
}
