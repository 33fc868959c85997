package dev.hindsight.dashboards.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The peak resident memory of a child process, read from Linux's {@code /proc} while it runs. */
final class PeakMemory {

  private PeakMemory() {}

  /** Waits for {@code process} to end; returns its peak resident set in KB, or -1 where /proc cannot tell. */
  static long watch(Process process) {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    long peak = -1;
    try {
      while (process.isAlive()) {
        // VmHWM is the high-water mark itself, so polling cannot miss a short peak, only the last moments.
        peak = Math.max(peak, highWaterMark(status));
        Thread.sleep(200);
      }
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
    return peak;
  }

  static String describe(long kilobytes) {
    return kilobytes < 0 ? "unknown" : String.format(Locale.ROOT, "%d MB", kilobytes / 1024);
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process ended between the check and the read, or this is not Linux.
    }
    return -1;
  }
}
