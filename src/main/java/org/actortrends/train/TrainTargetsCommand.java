package org.actortrends.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.actortrends.bench.Commands;
import org.actortrends.extract.ContextualSpanScorer;
import org.actortrends.extract.ContextualTargetModel;
import org.actortrends.extract.ContextualTrainer;
import org.actortrends.extract.TargetMetrics;
import org.actortrends.extract.TargetModel;
import org.actortrends.extract.TargetSpanScorer;
import org.actortrends.extract.TargetTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-targets}: trains the target sentiment model on NewsMTSC JSON Lines and writes it as TSV; the same
 * input always gives the same bytes. Prints the cross-validated figures on the training targets and, for each
 * {@code --evaluate} file, accuracy and macro-F1 of the whole-sentence baseline and of the written model.
 */
@Command(name = "train-targets", mixinStandardHelpOptions = true,
    description = "Train the target sentiment model on NewsMTSC JSON Lines (see README: How extraction works).")
public final class TrainTargetsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Training targets (NewsMTSC JSON Lines).")
  Path input;

  @Option(names = "--output", required = true, description = "Model file to write (TSV).")
  Path output;

  @Option(names = "--evaluate", split = ",",
      description = "NewsMTSC files to measure the baseline and the written model on (comma-separated).")
  List<Path> evaluate = new ArrayList<>();

  @Option(names = "--select", paramLabel = "K",
      description = "Instead of training: K-fold cross-validation by article of each setting of a small grid "
          + "(L2 penalty, word feature minimum count, learning rate), the best last; the chosen one is "
          + "TargetTrainer.Settings.DEFAULT.")
  Integer select;

  @Option(names = "--contextual",
      description = "Train the contextual target model instead (the sentence encoder's vectors read with the fast "
          + "model's probabilities; run --sentimentModel=contextual), choosing its L2 penalty by 5-fold "
          + "cross-validation by article.")
  boolean contextual;

  private final PrintStream out;

  TrainTargetsCommand(PrintStream out) {
    this.out = out;
  }

  public static int execute(String[] args) {
    return Commands.execute(new TrainTargetsCommand(System.out), args);
  }

  @Override
  public Integer call() throws IOException {
    for (Path p : concat(input, evaluate)) {
      if (!Files.isReadable(p)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "cannot read " + p);
      }
    }
    if (select != null && contextual) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "--select searches the fast model's settings; --contextual chooses its own penalty");
    }
    if (select != null) {
      selectSettings(select);
      return 0;
    }
    if (contextual) {
      trainContextual();
      return 0;
    }
    long start = System.nanoTime();
    TargetTrainer.Trained trained = TargetTrainer.trainFile(input, TargetTrainer.Settings.DEFAULT);
    write(trained.tsv());
    TargetMetrics cv = trained.result().crossValidated();
    out.printf("trained on %d targets of %s in %.1f s; cross-validated (%d folds by article): accuracy %.3f, "
            + "macro-F1 %.3f%n", trained.result().examples(), input, (System.nanoTime() - start) / 1e9,
        TargetTrainer.Settings.DEFAULT.folds(), cv.accuracy(), cv.macroF1());
    out.printf("wrote %s: %d bytes, %d word features%n", output, Files.size(output),
        trained.result().model().wordFeatures());
    if (!evaluate.isEmpty()) {
      TargetModel written = TargetModel.read(Files.newInputStream(output), output.toString());
      TargetSpanScorer scorer = new TargetSpanScorer(written);
      for (Path file : evaluate) {
        List<TargetTrainer.Example> examples = TargetTrainer.readNewsMtsc(file);
        out.printf("%s%n  whole-sentence baseline: %s%n  targeted:                %s%n", file,
            TargetTrainer.evaluate(examples, scorer::baseline), TargetTrainer.evaluate(examples, scorer::score));
      }
    }
    return 0;
  }

  private void trainContextual() throws IOException {
    long start = System.nanoTime();
    ContextualTrainer.Result result = ContextualTrainer.train(TargetTrainer.readNewsMtsc(input));
    write(result.tsv());
    result.grid().forEach(line -> out.println("  " + line));
    double[] f1 = result.cv().macroF1();
    out.printf("trained on %d targets of %s (%d past the encoder's reach) in %.1f s; C %.3f; cross-validated "
            + "(5 folds by article): macro-F1 %s (folds%s)%n", result.examples(), input, result.unread(),
        (System.nanoTime() - start) / 1e9, result.penalty(), org.actortrends.eval.Metrics.meanSpread(f1),
        folds(f1));
    out.printf("  of sentences with one target (as rw): %s%n  of sentences with several targets (as mt): %s%n",
        result.cv().single(), result.cv().several());
    result.cascade().forEach(line -> out.println("  " + line));
    out.printf("wrote %s: %d bytes%n", output, Files.size(output));
    if (!evaluate.isEmpty()) {
      ContextualTargetModel written = ContextualTargetModel.read(Files.newInputStream(output), output.toString());
      try (ContextualSpanScorer scorer = new ContextualSpanScorer(TargetModel.standard(), written)) {
        for (Path file : evaluate) {
          out.printf("%s%n  contextual: %s%n", file,
              TargetTrainer.evaluate(TargetTrainer.readNewsMtsc(file), scorer::score));
        }
      }
    }
  }

  private static String folds(double[] f1) {
    StringBuilder sb = new StringBuilder();
    for (double v : f1) {
      sb.append(String.format(java.util.Locale.ROOT, " %.3f", v));
    }
    return sb.toString();
  }

  private void write(String tsv) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(output, tsv.getBytes(StandardCharsets.UTF_8));
  }

  /** Cross-validates every setting of {@link TargetTrainer.Settings#grid}; prints each and the best. */
  private void selectSettings(int folds) throws IOException {
    List<TargetTrainer.Example> examples = TargetTrainer.readNewsMtsc(input);
    TargetTrainer.Settings best = null;
    double bestF1 = -1;
    for (TargetTrainer.Settings s : TargetTrainer.Settings.grid()) {
      TargetTrainer.CrossValidation cv = TargetTrainer.crossValidate(examples, s, folds);
      double[] f1 = cv.macroF1();
      out.printf("%s  cv=%d by article F1m %s  accuracy %.3f%n", s, folds,
          org.actortrends.eval.Metrics.meanSpread(f1), cv.pooled().accuracy());
      double mean = org.actortrends.eval.Metrics.mean(f1);
      if (mean > bestF1) {
        bestF1 = mean;
        best = s;
      }
    }
    out.printf("best: %s (F1m %.3f)%n", best, bestF1);
  }

  private static List<Path> concat(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
