package dev.hindsight.analysis.spark;

import dev.hindsight.ingest.ContentHash;
import java.io.IOException;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Adds the SHA-256 of each listed file's bytes ({@link PostmortemFileExtractor#CONTENT_HASH}), the key under which
 * the previous report cached its extraction. A file that would not be read (a problem, an unknown format, empty or
 * over the size limit) or that cannot be read now gets no hash, so it is always extracted afresh.
 */
final class ContentHasher implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The listing's columns ({@code source}, {@code path}, {@code length}, {@code problem}) plus the hash. */
  static final StructType SCHEMA = new StructType()
      .add(InputListing.SOURCE, DataTypes.StringType, false)
      .add(InputListing.PATH, DataTypes.StringType, true)
      .add(InputListing.LENGTH, DataTypes.LongType, true)
      .add(InputListing.PROBLEM, DataTypes.StringType, true)
      .add(PostmortemFileExtractor.CONTENT_HASH, DataTypes.StringType, true);

  private final HadoopConf conf;
  private final long maxFileBytes;

  ContentHasher(HadoopConf conf, long maxFileBytes) {
    this.conf = conf;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row file = files.next();
        return RowFactory.create(file.get(0), file.get(1), file.get(2), file.get(3), hash(file));
      }
    };
  }

  private String hash(Row file) {
    if (!file.isNullAt(3) || file.isNullAt(1) || file.isNullAt(2)) {
      return null;
    }
    Path path = new Path(file.getString(1));
    if (!PostmortemFileExtractor.isReadable(path, file.getLong(2), maxFileBytes)) {
      return null;
    }
    try {
      byte[] bytes = PostmortemFileExtractor.read(conf, path, maxFileBytes);
      return bytes.length > maxFileBytes ? null : ContentHash.of(bytes);
    } catch (IOException | RuntimeException e) {
      // The extractor meets the same failure and turns it into the manifest's reason.
      return null;
    }
  }
}
