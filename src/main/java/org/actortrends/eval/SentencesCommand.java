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
      description = "Write id<TAB>score lines here; one file per --input, in the same order.")
  List<Path> predictions = new ArrayList<>();

  @Option(names = "--split",
      description = "Also report two parts separately: the groups of an id's leading number (the article of "
          + "\"12_3\") are counted in file order; every fourth group from the first is 'check', the rest 'tune'.")
  boolean split;

  private final PrintStream out;

  SentencesCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireInputs(spec, inputs, predictions);
    LineScorer scorer = new LineScorer();
    for (int f = 0; f < inputs.size(); f++) {
      Path input = inputs.get(f);
      List<RatedSentences.Rated> rows = RatedSentences.read(input);
      double[] scores = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        scores[i] = scorer.score(rows.get(i).text());
      }
      String name = String.valueOf(input.getFileName());
      out.println(figures(name, rows, scores, g -> true));
      if (split) {
        out.println(figures(name + " tune", rows, scores, g -> g % 4 != 0));
        out.println(figures(name + " check", rows, scores, g -> g % 4 == 0));
      }
      if (!predictions.isEmpty()) {
        try (BufferedWriter w = Files.newBufferedWriter(predictions.get(f), StandardCharsets.UTF_8)) {
          for (int i = 0; i < rows.size(); i++) {
            w.write(rows.get(i).id() + "\t" + scores[i] + "\n");
          }
        }
      }
    }
    return 0;
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
