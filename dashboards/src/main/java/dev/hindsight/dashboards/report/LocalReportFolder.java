package dev.hindsight.dashboards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A {@link ReportFolder} on the local file system, for local reports and tests. */
public record LocalReportFolder(Path root) implements ReportFolder {

  public LocalReportFolder {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  @Override
  public InputStream open(String relativePath) throws IOException {
    return Files.newInputStream(resolve(relativePath));
  }

  @Override
  public OutputStream create(String relativePath) throws IOException {
    Path file = resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file);
  }

  @Override
  public boolean exists(String relativePath) {
    return Files.isRegularFile(resolve(relativePath));
  }

  // A name that climbs out of the folder would read or overwrite files the report does not own.
  private Path resolve(String relativePath) {
    Path file = root.resolve(relativePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("relativePath must name a file inside " + root + ", got " + relativePath);
    }
    return file;
  }
}
