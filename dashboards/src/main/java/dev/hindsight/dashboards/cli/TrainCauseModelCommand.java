package dev.hindsight.dashboards.cli;

import dev.hindsight.analysis.nlp.CauseModelTrainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hindsight train-cause-model}: retrains the shipped root cause model from labelled samples. */
@Command(
    name = "train-cause-model",
    mixinStandardHelpOptions = true,
    description = {
      "Train the maximum-entropy root cause model from a labels file (a training split only; held-out files are refused).",
      "The shipped model is analysis/src/main/resources/dev/hindsight/analysis/nlp/cause-model.bin; training is deterministic."
    })
public final class TrainCauseModelCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LABELS", description = "labels.jsonl of the training split, e.g. data/postmortems/labels-train.jsonl")
  Path labels;

  @Parameters(index = "1", paramLabel = "OUT", description = "model file to write")
  Path out;

  @Option(names = "--leave-one-out", description = "Also print how the model does on each sample when trained on the others.")
  boolean leaveOneOut;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(labels)) {
      throw new ParameterException(spec.commandLine(), "No such labels file: " + labels + ". Check the path and try again.");
    }
    try {
      CauseModelTrainer.trainAndWrite(labels, out, leaveOneOut, spec.commandLine().getOut());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot train or write the model: " + e.getMessage(), e);
    }
    return 0;
  }
}
