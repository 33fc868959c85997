package dev.hindsight.dashboards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A {@link ReportFolder} on any Hadoop file system (local, HDFS, S3): the job's staging folder. */
public record HadoopReportFolder(FileSystem fs, Path root) implements ReportFolder {

  public HadoopReportFolder {
    Objects.requireNonNull(fs, "fs");
    Objects.requireNonNull(root, "root");
  }

  @Override
  public InputStream open(String relativePath) throws IOException {
    return fs.open(resolve(relativePath));
  }

  @Override
  public OutputStream create(String relativePath) throws IOException {
    return fs.create(resolve(relativePath), true);
  }

  @Override
  public boolean exists(String relativePath) throws IOException {
    return fs.isFile(resolve(relativePath));
  }

  // A name that climbs out of the folder would read or overwrite files the report does not own.
  private Path resolve(String relativePath) {
    if (relativePath.isEmpty() || relativePath.startsWith("/")) {
      throw new IllegalArgumentException("relativePath must name a file inside " + root + ", got " + relativePath);
    }
    for (String part : relativePath.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("relativePath must name a file inside " + root + ", got " + relativePath);
      }
    }
    return new Path(root, relativePath);
  }
}
