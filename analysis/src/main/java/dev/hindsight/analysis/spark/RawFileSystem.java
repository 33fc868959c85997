package dev.hindsight.analysis.spark;

import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;

/**
 * The file system beneath Hadoop's checksum layer, for files that carry no {@code .crc}: inputs, and report files
 * renamed into place below that layer. Through the layer, reading them looks for a checksum file that is not there.
 */
final class RawFileSystem {

  private RawFileSystem() {}

  /** {@code fs} without its checksum layer, or {@code fs} itself when it has none. */
  static FileSystem of(FileSystem fs) {
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }
}
