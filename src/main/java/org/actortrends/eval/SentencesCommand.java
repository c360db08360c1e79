package org.actortrends.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongPredicate;
import java.util.function.ToDoubleFunction;
import org.actortrends.extract.ContextualSentenceTrainer;
import org.actortrends.extract.ContextualSentiment;
import org.actortrends.extract.SentenceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval sentences}: agreement of the sentence score with human mean ratings, as the VADER paper measures it.
 * Each line of a TSV ({@code id<TAB>rating<TAB>text}) is scored as one text; Pearson's r with the mean rating, and
 * the three-class F1 weighted by support, where the truth is the sign of the mean (neutral only when it is exactly
 * 0) and our score is neutral within ±{@value #CUT}.
 */
@Command(name = "sentences", mixinStandardHelpOptions = true,
    description = "Pearson r and weighted 3-class F1 of the sentence score against human mean ratings "
        + "(TSV id<TAB>rating<TAB>text).")
final class SentencesCommand implements Callable<Integer> {
  /** Our score is neutral strictly inside ±CUT (the VADER paper's cut-off). */
  static final double CUT = 0.05;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, split = ",",
      description = "Rated sentence files (TSV id<TAB>rating<TAB>text, with a header row); one line of figures each.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--predictions", split = ",",
      description = "Write id<TAB>score lines here (with --cv: the out-of-fold scores); one file per --input.")
  List<Path> predictions = new ArrayList<>();

  @Option(names = "--split",
      description = "Also report two parts separately: the groups of an id's leading number (the article of "
          + "\"12_3\") are counted in file order; every fourth group from the first is 'check', the rest 'tune'.")
  boolean split;

  @Option(names = "--confusion",
      description = "Also print each file's confusion of the human class (sign of the mean) with the predicted one.")
  boolean confusion;

  @Option(names = "--cv", paramLabel = "K",
      description = "Instead of measuring the shipped model: K-fold cross-validation by article (the id before its "
          + "last '_'; fold = article rank mod K) of train-sentences' training on each --input, with the "
          + "--train-also files in every fold's training; prints each fold and the mean ± spread (std).")
  Integer cv;

  @Option(names = "--train-also", split = ",", paramLabel = "FILE",
      description = "With --cv: rated files of other domains (tweets, reviews), always training data.")
  List<Path> trainAlso = new ArrayList<>();

  @Option(names = "--sentimentModel", defaultValue = "fast",
      description = "The sentence scorer measured: fast (default) or contextual (as run --sentimentModel); with --cv, "
          + "contextual cross-validates train-sentences --contextual's training (5 folds by article, news only).")
  String sentimentModel;

  @Option(names = "--ridge", description = "With --cv: the L2 penalty (default: train-sentences').")
  Double ridge;

  @Option(names = "--otherWeight", description = "With --cv: the weight of an other-domain text (default: "
      + "train-sentences').")
  Double otherWeight;

  @Option(names = "--wordRidge", description = "With --cv: the word weights' L2 penalty (default: train-sentences').")
  Double wordRidge;

  @Option(names = "--minCount", description = "With --cv: least texts of a word with a weight (default: "
      + "train-sentences').")
  Integer minCount;

  private final PrintStream out;

  SentencesCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireInputs(spec, inputs, predictions);
    if (!List.of("fast", "contextual").contains(sentimentModel)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--sentimentModel must be fast or contextual, not '" + sentimentModel + "'");
    }
    boolean contextual = sentimentModel.equals("contextual");
    if (cv != null) {
      if (cv < 2) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--cv needs K >= 2");
      }
      if (contextual) {
        if (cv != ContextualSentenceTrainer.FOLDS || !trainAlso.isEmpty()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--sentimentModel=contextual "
              + "cross-validates with " + ContextualSentenceTrainer.FOLDS + " folds (--cv=5) on the news file only "
              + "(no --train-also)");
        }
        for (int f = 0; f < inputs.size(); f++) {
          crossValidateContextual(inputs.get(f), predictions.isEmpty() ? null : predictions.get(f));
        }
        return 0;
      }
      SentenceTrainer.Settings d = SentenceTrainer.Settings.DEFAULT;
      SentenceTrainer.Settings settings = new SentenceTrainer.Settings(ridge == null ? d.ridge() : ridge,
          otherWeight == null ? d.otherWeight() : otherWeight, wordRidge == null ? d.wordRidge() : wordRidge,
          minCount == null ? d.minCount() : minCount, d.sweeps(), d.prune());
      for (int f = 0; f < inputs.size(); f++) {
        crossValidate(inputs.get(f), settings, predictions.isEmpty() ? null : predictions.get(f));
      }
      return 0;
    }
    LineScorer scorer = new LineScorer();
    ContextualSentiment contextualScorer = contextual ? ContextualSentiment.standard() : null;
    try {
      for (int f = 0; f < inputs.size(); f++) {
        measure(f, contextual ? contextualScorer::scoreSentence : scorer::score);
      }
    } finally {
      if (contextualScorer != null) {
        contextualScorer.close();
      }
    }
    return 0;
  }

  private void measure(int f, ToDoubleFunction<String> scorer) throws IOException {
    Path input = inputs.get(f);
    List<RatedSentences.Rated> rows = RatedSentences.read(input);
    double[] scores = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      scores[i] = scorer.applyAsDouble(rows.get(i).text());
    }
    String name = String.valueOf(input.getFileName());
    out.println(figures(name, rows, scores, g -> true));
    if (confusion) {
      out.print(confusion(rows, scores).format());
    }
    if (split) {
      out.println(figures(name + " tune", rows, scores, g -> g % 4 != 0));
      out.println(figures(name + " check", rows, scores, g -> g % 4 == 0));
    }
    if (!predictions.isEmpty()) {
      writePredictions(predictions.get(f), rows, scores);
    }
  }

  private void crossValidateContextual(Path input, Path predictionFile) throws IOException {
    SentenceTraining.Contextual trained = SentenceTraining.trainContextual(input);
    String name = String.valueOf(input.getFileName());
    trained.result().grid().forEach(line -> out.printf("%-30s   %s%n", "", line));
    printFolds(name, trained.folds(),
        String.format(java.util.Locale.ROOT, "contextual, penalty %.0f", trained.result().penalty()));
    printPooled(name, trained.news(), trained.result().scores(), predictionFile);
  }

  private void crossValidate(Path input, SentenceTrainer.Settings settings, Path predictionFile)
      throws IOException {
    SentenceTraining training = new SentenceTraining(input, trainAlso);
    SentenceTraining.CrossValidation result = training.crossValidate(cv, settings);
    String name = String.valueOf(input.getFileName());
    printFolds(name, result.folds(), settings.toString());
    printPooled(name, training.news(), result.scores(), predictionFile);
  }

  private void printFolds(String name, List<SentenceTraining.Fold> folds, String model) {
    double[] r = new double[folds.size()];
    double[] f1 = new double[folds.size()];
    for (int f = 0; f < folds.size(); f++) {
      SentenceTraining.Fold fold = folds.get(f);
      r[f] = fold.pearson();
      f1[f] = fold.weightedF1();
      out.printf("%-30s fold %d/%d  n=%5d  r=%.3f  F1=%.3f%n", name, f + 1, folds.size(), fold.n(), r[f], f1[f]);
    }
    out.printf("%-30s cv=%d by article  r=%s  F1=%s  (%s)%n", name, folds.size(), Metrics.meanSpread(r),
        Metrics.meanSpread(f1), model);
  }

  private void printPooled(String name, List<RatedSentences.Rated> rows, double[] scores, Path predictionFile)
      throws IOException {
    out.println(figures(name + " pooled out-of-fold", rows, scores, g -> true));
    if (confusion) {
      out.print(confusion(rows, scores).format());
    }
    if (predictionFile != null) {
      writePredictions(predictionFile, rows, scores);
    }
  }

  private static Metrics.Confusion confusion(List<RatedSentences.Rated> rows, double[] scores) {
    double[] truth = rows.stream().mapToDouble(RatedSentences.Rated::rating).toArray();
    return Metrics.signConfusion(truth, scores, CUT);
  }

  private static void writePredictions(Path file, List<RatedSentences.Rated> rows, double[] scores)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows.size(); i++) {
        w.write(rows.get(i).id() + "\t" + scores[i] + "\n");
      }
    }
  }

  /** One line of figures for the rows whose group rank (see {@link RatedSentences#groupRanks}) passes {@code part}. */
  static String figures(String name, List<RatedSentences.Rated> rows, double[] scores, LongPredicate part) {
    int[] ranks = RatedSentences.groupRanks(rows);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (part.test(ranks[i])) {
        chosen.add(i);
      }
    }
    double[] truth = new double[chosen.size()];
    double[] predicted = new double[chosen.size()];
    for (int k = 0; k < chosen.size(); k++) {
      truth[k] = rows.get(chosen.get(k)).rating();
      predicted[k] = scores[chosen.get(k)];
    }
    Metrics.Confusion c = Metrics.signConfusion(truth, predicted, CUT);
    return String.format("%-30s n=%6d  r=%.3f  F1=%.3f  (predicted neg/neu/pos %d/%d/%d, true %d/%d/%d)", name,
        chosen.size(), Metrics.pearson(truth, predicted), c.weightedF1(), c.predicted(0), c.predicted(1),
        c.predicted(2), c.support(0), c.support(1), c.support(2));
  }
}
