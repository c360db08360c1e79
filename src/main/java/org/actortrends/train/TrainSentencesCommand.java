package org.actortrends.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.actortrends.bench.Commands;
import org.actortrends.eval.Metrics;
import org.actortrends.eval.SentenceTraining;
import org.actortrends.extract.ContextualSentenceTrainer;
import org.actortrends.extract.SentenceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-sentences}: fits the sentence sentiment model ({@code SentenceModel}) on rated sentences, news
 * prose ({@code --input}) and other domains ({@code --also}), and writes it as TSV with a header naming the inputs
 * (file name and SHA-256), the settings and the cross-validated figures on the news file: the same files always
 * give the same bytes.
 */
@Command(name = "train-sentences", mixinStandardHelpOptions = true,
    description = "Train the sentence sentiment model on rated sentences (see README: Accuracy).")
public final class TrainSentencesCommand implements Callable<Integer> {
  /** The command that writes the bundled model; its text is in the model's header. */
  public static final String COMMAND = "java -jar target/actor-trends.jar train-sentences "
      + "--input=../shared/eval/sentiment/nyt_editorials.dev.tsv --also=../shared/eval/sentiment/tweets.tsv,"
      + "../shared/eval/sentiment/amazon_reviews.tsv,../shared/eval/sentiment/movie_reviews.tsv "
      + "--output=src/main/resources/sentiment/sentence-model.tsv";
  /** Folds of the cross-validation whose figures go into the header. */
  static final int FOLDS = 5;

  @Option(names = "--input", required = true,
      description = "Rated news sentences (TSV id<TAB>rating<TAB>text, id article_sentence).")
  Path input;

  @Option(names = "--also", split = ",", description = "Rated sentences of other domains (tweets, reviews).")
  List<Path> also = new ArrayList<>();

  @Option(names = "--output", required = true, description = "Model file to write (TSV).")
  Path output;

  @Option(names = "--contextual",
      description = "Train the contextual sentence model instead (run --sentimentModel=contextual): ridge regression "
          + "of the rating on the text encoder's mean vector of the sentence, on the news file only, its penalty "
          + "chosen by 5-fold cross-validation by article.")
  boolean contextual;

  private final PrintStream out;

  TrainSentencesCommand(PrintStream out) {
    this.out = out;
  }

  public static int execute(String[] args) {
    return Commands.execute(new TrainSentencesCommand(System.out), args);
  }

  @Override
  public Integer call() throws IOException {
    List<Path> all = new ArrayList<>(List.of(input));
    all.addAll(also);
    for (Path p : all) {
      if (!Files.isReadable(p)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "cannot read " + p);
      }
    }
    if (contextual && !also.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "--contextual trains on the news file only: leave out --also");
    }
    String text = contextual ? trainContextual(input) : train(input, also);
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(output, text.getBytes(StandardCharsets.UTF_8));
    if (!contextual) {
      out.print(text.lines().filter(l -> l.startsWith("# cross")).findFirst().orElse("") + "\n");
    }
    out.printf("wrote %s: %d bytes%n", output, Files.size(output));
    return 0;
  }

  /** The model's TSV text, trained on all of {@code news} and {@code others}. */
  public static String train(Path news, List<Path> others) throws IOException {
    SentenceTrainer.Settings settings = SentenceTrainer.Settings.DEFAULT;
    SentenceTraining training = new SentenceTraining(news, others);
    SentenceTraining.CrossValidation cv = training.crossValidate(FOLDS, settings);
    double[] r = cv.folds().stream().mapToDouble(SentenceTraining.Fold::pearson).toArray();
    double[] f1 = cv.folds().stream().mapToDouble(SentenceTraining.Fold::weightedF1).toArray();
    List<String> header = new ArrayList<>();
    header.add("# Sentence sentiment model of actor-trends (SentenceModel): ridge regression of the mean human rating");
    header.add("# on the scorer's signals, then word weights fitted to what the signals leave; signal<TAB>weight.");
    header.add("# Written by: " + COMMAND);
    for (Path p : concat(news, others)) {
      header.add("# Input: " + p.getFileName() + ", sha256 " + SentenceTraining.sha256(p));
    }
    header.add("# " + settings);
    header.add(String.format(Locale.ROOT, "# cross-validated on %s (%d folds by article): r %s, weighted F1 %s",
        news.getFileName(), FOLDS, Metrics.meanSpread(r), Metrics.meanSpread(f1)));
    return training.fit(null, -1, settings, header).text();
  }

  /** The contextual model's TSV text, trained on {@code news}; prints the penalties tried and the folds. */
  private String trainContextual(Path news) throws IOException {
    SentenceTraining.Contextual trained = SentenceTraining.trainContextual(news);
    ContextualSentenceTrainer.Result result = trained.result();
    result.grid().forEach(line -> out.println("  " + line));
    List<SentenceTraining.Fold> folds = trained.folds();
    out.printf("cross-validated on %s (%d folds by article): r %s, weighted F1 %s; penalty %.0f%n",
        news.getFileName(), folds.size(),
        Metrics.meanSpread(folds.stream().mapToDouble(SentenceTraining.Fold::pearson).toArray()),
        Metrics.meanSpread(folds.stream().mapToDouble(SentenceTraining.Fold::weightedF1).toArray()),
        result.penalty());
    return result.tsv();
  }

  private static List<Path> concat(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
