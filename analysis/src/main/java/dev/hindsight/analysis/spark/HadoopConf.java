package dev.hindsight.analysis.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop configuration, shipped to executors so they open files with the same settings. */
final class HadoopConf implements Serializable {

  private static final long serialVersionUID = 1L;

  // Configuration is Writable but not Serializable; its written form travels instead.
  private final byte[] written;
  private transient Configuration configuration;

  private HadoopConf(byte[] written) {
    this.written = written;
  }

  static HadoopConf of(Configuration configuration) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      configuration.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy the Hadoop configuration", e);
    }
    return new HadoopConf(bytes.toByteArray());
  }

  Configuration get() {
    if (configuration == null) {
      Configuration read = new Configuration(false);
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
        read.readFields(in);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the Hadoop configuration", e);
      }
      configuration = read;
    }
    return configuration;
  }
}
