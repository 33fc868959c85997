package dev.hindsight.dashboards.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected failure into one clear sentence and exit code 1; the stack trace is shown
 * only when {@code HINDSIGHT_DEBUG} is set, for whoever files the bug.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cli.getErr().println("hindsight: " + what + ". Run again with HINDSIGHT_DEBUG=1 for details, and report it if it persists.");
    if (System.getenv("HINDSIGHT_DEBUG") != null) {
      ex.printStackTrace(cli.getErr());
    }
    return 1;
  }
}
