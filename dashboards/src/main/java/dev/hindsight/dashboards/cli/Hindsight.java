package dev.hindsight.dashboards.cli;

import picocli.CommandLine;

/** Entry point of the {@code hindsight} command: parses arguments and exits with the command's code. */
public final class Hindsight {

  private Hindsight() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new HindsightCommand());
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
