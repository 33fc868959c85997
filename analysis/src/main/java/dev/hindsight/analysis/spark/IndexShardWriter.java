package dev.hindsight.analysis.spark;

import dev.hindsight.analysis.search.IncidentIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;

/**
 * Indexes one partition of accepted incidents ({@link SearchableIncidentRows#COLUMNS}) into a Lucene shard on the
 * executor, then copies it under {@code shards/shard-NNNNN} on the report's file system, so every core analyses
 * text at once and the driver only merges segments.
 */
final class IndexShardWriter implements ForeachPartitionFunction<Row> {

  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final String shards;

  IndexShardWriter(HadoopConf conf, Path shards) {
    this.conf = conf;
    this.shards = shards.toString();
  }

  /** The shard folder of one partition; a retried task overwrites its own shard. */
  static Path shard(Path shards, int partition) {
    return new Path(shards, String.format(Locale.ROOT, "shard-%05d", partition));
  }

  @Override
  public void call(Iterator<Row> rows) throws IOException {
    if (!rows.hasNext()) {
      return;
    }
    java.nio.file.Path local = Files.createTempDirectory("hindsight-shard");
    try {
      try (IncidentIndexWriter writer = IncidentIndexWriter.create(local)) {
        while (rows.hasNext()) {
          writer.add(SearchableIncidentRows.of(rows.next()));
        }
      }
      Path target = shard(new Path(shards), TaskContext.getPartitionId());
      FileSystem fs = target.getFileSystem(conf.get());
      fs.copyFromLocalFile(true, true, new Path(local.toUri()), target);
    } catch (IOException | RuntimeException e) {
      FileUtil.fullyDelete(local.toFile());
      throw e;
    }
  }
}
