package dev.hindsight.dashboards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A report folder as the renderer sees it: files named by paths relative to the folder, with {@code /} between
 * parts. The job publishes reports atomically, possibly on HDFS, so the renderer never touches the file system
 * itself; the caller hands in an implementation over the staging folder.
 */
public interface ReportFolder {

  /** Opens an existing file for reading. */
  InputStream open(String relativePath) throws IOException;

  /** Creates or replaces a file, creating the folders above it as needed. */
  OutputStream create(String relativePath) throws IOException;

  /** Whether a file exists at that path. */
  boolean exists(String relativePath) throws IOException;
}
