package dev.hindsight.analysis.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Moves finished output into place with renames, so a reader sees the old report or the new one, never half of
 * either: the report is built in a sibling folder, the old one is renamed aside, the new one renamed in.
 */
final class ReportPublisher {

  private ReportPublisher() {}

  /** A fresh sibling of {@code out} to build the report in; a sibling so the final rename stays on one file system. */
  static Path stagingFor(Path out) {
    return new Path(out.getParent(), out.getName() + ".tmp-" + UUID.randomUUID());
  }

  /**
   * Puts back the previous report when a run was killed between its two renames, the one moment {@code out} does not
   * exist: the newest {@code out.old-*} sibling becomes {@code out} again. Nothing happens when {@code out} exists.
   */
  static void recover(FileSystem fs, Path out) throws IOException {
    if (fs.exists(out) || !fs.exists(out.getParent())) {
      return;
    }
    String prefix = out.getName() + ".old-";
    FileStatus newest = null;
    for (FileStatus sibling : fs.listStatus(out.getParent())) {
      if (sibling.isDirectory() && sibling.getPath().getName().startsWith(prefix)
          && (newest == null || sibling.getModificationTime() > newest.getModificationTime())) {
        newest = sibling;
      }
    }
    if (newest != null && !fs.rename(newest.getPath(), out)) {
      throw new IOException("could not put the previous report " + newest.getPath() + " back at " + out);
    }
  }

  /** Replaces {@code out} (if any) with {@code staged}; on failure the previous report is put back. */
  static void publish(FileSystem fs, Path staged, Path out) throws IOException {
    Path aside = null;
    if (fs.exists(out)) {
      aside = new Path(out.getParent(), out.getName() + ".old-" + UUID.randomUUID());
      if (!fs.rename(out, aside)) {
        throw new IOException("could not move the previous report " + out + " aside");
      }
    }
    if (!fs.rename(staged, out)) {
      if (aside != null) {
        fs.rename(aside, out);
      }
      throw new IOException("could not move the new report from " + staged + " to " + out);
    }
    if (aside != null) {
      fs.delete(aside, true);
    }
  }

  /** Moves the one part file Spark wrote into {@code staging} to {@code target}, then deletes the staging folder. */
  static void singleFile(FileSystem fs, Path staging, Path target) throws IOException {
    FileStatus[] parts = parts(fs, staging);
    if (parts.length > 1) {
      throw new IOException("expected one part file in " + staging + ", found " + parts.length);
    }
    join(fs, staging, parts, target, new byte[0]);
  }

  /**
   * Joins the part files Spark wrote into {@code staging} into {@code target}, in part order, then deletes the
   * staging folder. Every part starts with {@code header} (a CSV header line, or nothing), which the target holds
   * once; when Spark left no part file (no rows) the target holds the header alone. A single part is renamed.
   */
  static void joinParts(FileSystem fs, Path staging, Path target, byte[] header) throws IOException {
    join(fs, staging, parts(fs, staging), target, header);
  }

  private static FileStatus[] parts(FileSystem fs, Path staging) throws IOException {
    FileStatus[] parts = fs.globStatus(new Path(staging, "part-*"));
    return parts == null ? new FileStatus[0] : parts;
  }

  private static void join(FileSystem fs, Path staging, FileStatus[] parts, Path target, byte[] header)
      throws IOException {
    // Renaming underneath the checksum layer leaves the .crc behind in the staging folder, which is deleted.
    FileSystem raw = RawFileSystem.of(fs);
    fs.delete(target, false);
    if (parts.length == 0) {
      // No rows may mean no part file; the file still exists.
      try (var out = fs.create(target, true)) {
        out.write(header);
      }
    } else if (parts.length == 1) {
      if (!raw.rename(parts[0].getPath(), target)) {
        throw new IOException("could not move " + parts[0].getPath() + " to " + target);
      }
    } else {
      // Part names carry the partition number zero-padded, so name order is the rows' order. Written like the
      // renamed parts, without a checksum file beside it.
      Arrays.sort(parts, Comparator.comparing(part -> part.getPath().getName()));
      try (OutputStream out = raw.create(target, true)) {
        for (int i = 0; i < parts.length; i++) {
          try (InputStream in = fs.open(parts[i].getPath())) {
            if (i > 0 && header.length > 0 && !Arrays.equals(in.readNBytes(header.length), header)) {
              throw new IOException("part " + parts[i].getPath() + " does not start with the expected header");
            }
            in.transferTo(out);
          }
        }
      }
    }
    fs.delete(staging, true);
  }
}
