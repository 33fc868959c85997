package dev.hindsight.dashboards.cli;

import picocli.CommandLine.Command;

/** {@code hindsight bench}: benchmark commands that print figures (nothing in the tests is timed). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print figures; each run warms up first and reports the median of several runs.",
    subcommands = {BenchExtractCommand.class, BenchReportCommand.class, BenchSearchCommand.class})
public final class BenchCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }
}
