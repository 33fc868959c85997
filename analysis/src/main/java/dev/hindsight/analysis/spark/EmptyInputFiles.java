package dev.hindsight.analysis.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the zero-length input files. Spark's file scan drops them silently, yet the manifest must account for every
 * input file; the listing streams and keeps only the empty ones, so the driver holds nothing like the corpus.
 */
final class EmptyInputFiles {

  private EmptyInputFiles() {}

  /** Zero-length files under {@code inputs} that the scan would have read: matching {@code glob}, not hidden. */
  static List<String> find(Configuration conf, List<String> inputs, String glob) throws IOException {
    GlobFilter filter = new GlobFilter(glob);
    List<String> empty = new ArrayList<>();
    for (String input : inputs) {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(root);
      if (status.isFile()) {
        if (status.getLen() == 0 && filter.accept(status.getPath())) {
          empty.add(status.getPath().toString());
        }
        continue;
      }
      String rootPath = status.getPath().toUri().getPath();
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
      while (files.hasNext()) {
        LocatedFileStatus file = files.next();
        if (file.getLen() == 0 && filter.accept(file.getPath())
            && !hidden(file.getPath().toUri().getPath().substring(rootPath.length()))) {
          empty.add(file.getPath().toString());
        }
      }
    }
    return empty;
  }

  // Spark's file index skips names starting with "_" or "." (Spark's and editors' own files), at any depth.
  private static boolean hidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
