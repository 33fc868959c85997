package dev.hindsight.analysis.nlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The two maximum-entropy models of the root cause (OpenNLP), one per axis: category and
 * component, each reading {@link CauseFeatures}. Read once per JVM from {@code cause-model.bin}
 * (both models, category first), which {@link CauseModelTrainer} writes.
 *
 * <p>Evaluating a model allocates its own arrays, so one instance serves every thread.
 */
final class CauseModel {

  static final String RESOURCE = "/dev/hindsight/analysis/nlp/cause-model.bin";

  private final MaxentModel category;
  private final MaxentModel component;

  CauseModel(MaxentModel category, MaxentModel component) {
    this.category = Objects.requireNonNull(category, "category");
    this.component = Objects.requireNonNull(component, "component");
  }

  /** The shipped models, or empty when the resource is absent (the stage then reads by lexicon alone). */
  static Optional<CauseModel> get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Optional<CauseModel> INSTANCE = load();
  }

  private static Optional<CauseModel> load() {
    try (InputStream in = CauseModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the root cause model " + RESOURCE, e);
    }
  }

  /** Reads both models from a stream written by {@link #write}. */
  static CauseModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    MaxentModel category = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    MaxentModel component = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    return new CauseModel(category, component);
  }

  /** Writes both models, category first; the stream stays open. */
  void write(OutputStream out) throws IOException {
    // OpenNLP's writer closes its stream when done; the second model must follow the first.
    OutputStream unclosed = new FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    new GenericModelWriter((AbstractModel) category, new DataOutputStream(unclosed)).persist();
    new GenericModelWriter((AbstractModel) component, new DataOutputStream(unclosed)).persist();
  }

  /** The probability of each category given a document's features. */
  Map<String, Double> categories(String[] features) {
    return distribution(category, features);
  }

  /** The probability of each component given a document's features. */
  Map<String, Double> components(String[] features) {
    return distribution(component, features);
  }

  private static Map<String, Double> distribution(MaxentModel model, String[] features) {
    double[] p = model.eval(features);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(model.getOutcome(i), p[i]);
    }
    return out;
  }
}
