package dev.hindsight.analysis.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A last part of a report (such as its HTML page) written into the staging folder, so it is published with the rest. */
@FunctionalInterface
public interface ReportFinisher {

  /** Nothing more to write. */
  ReportFinisher NONE = (fs, staging) -> { };

  /** Writes into {@code staging}, where the tables, incidents, manifest and run-info already are. */
  void write(FileSystem fs, Path staging) throws IOException;
}
