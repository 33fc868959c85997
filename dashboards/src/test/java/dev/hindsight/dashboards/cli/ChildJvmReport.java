package dev.hindsight.dashboards.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hindsight report} in a JVM of its own, started from the test's classpath with the {@code --add-opens} flags
 * the launcher uses, so a test can kill it like a user's Ctrl-C, an OOM killer or a power cut would.
 */
final class ChildJvmReport {

  private ChildJvmReport() {}

  /** Starts {@code hindsight report INPUT --out OUT --master local[2]}; its output goes to {@code log}. */
  static Process start(Path input, Path out, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    command.add("-Djava.awt.headless=true");
    // The test JVM runs with surefire's argLine, which carries the same --add-opens list as ./hindsight.
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("--add-opens")) {
        command.add(argument);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.hindsight.dashboards.cli.Hindsight",
        "report", input.toString(), "--out", out.toString(), "--master", "local[2]"));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Runs the report to its end and returns the exit code. */
  static int run(Path input, Path out, Path log) throws IOException, InterruptedException {
    return start(input, out, log).waitFor();
  }
}
